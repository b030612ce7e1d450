import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { Question } from '@voix-logement/content';
import { VlElement, baseStyles, pluralCategory, safeHref, telHref } from '@voix-logement/core';
import { QuestionToggleEvent } from './events.js';
import { filterGroups, fragmentPrefix, parseIdList, questionIdFromHash, selectGroups, type TopicGroup } from './questions.js';
import { questionsStyles } from './vl-questions.styles.js';

const audiences = ['public', 'staff'] as const;

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};
type Audience = (typeof audiences)[number];

/**
 * The questions applicants ask at every desk, and the rumours they hear, answered in
 * one voice: a short answer first, details, where to go next, and (for front-desk
 * staff) what to say, what never to promise and where to direct the person.
 *
 * Each question is a button inside a heading (disclosure pattern). The fragment
 * `#vl-q-<id>` opens and scrolls to a question; opening one writes that fragment with
 * `history.replaceState` (no new history entry). When printed, every answer is shown.
 *
 * @tag vl-questions
 * @tagname vl-questions
 * @summary Your questions, our answers: questions and rumours about social housing, answered.
 *
 * @fires vl-question-toggle - The reader opened or closed a question. `detail: { questionId, open }`.
 *
 * @csspart heading - The widget's title.
 * @csspart search - The search box and its label.
 * @csspart count - The number of questions found (announced to screen readers).
 * @csspart topic-title - The heading of a topic (when more than one topic is shown).
 * @csspart question - One question and its answer.
 * @csspart question-title - The heading holding the question's button.
 * @csspart toggle - The button that opens or closes a question.
 * @csspart answer - The answer of a question.
 * @csspart verdict - The verdict of a rumour: "Vrai", "Faux" or "Ça dépend".
 * @csspart next - Where to go next.
 * @csspart staff-note - The note for front-desk staff (audience="staff" only).
 *
 * @cssproperty [--vl-color-primary=#1b4f8f] - Buttons, links and focus ring.
 * @cssproperty [--vl-color-on-primary=#ffffff] - Text on the primary colour (verdict badges).
 * @cssproperty [--vl-color-text=#1e1e1e] - Text.
 * @cssproperty [--vl-color-muted=#545454] - Sources and secondary text.
 * @cssproperty [--vl-color-surface=#ffffff] - Background.
 * @cssproperty [--vl-color-border=#767676] - Borders between questions and around the search box.
 * @cssproperty [--vl-color-danger=#b3261e] - The "Faux" verdict badge.
 * @cssproperty [--vl-radius=0.25rem] - Corner radius.
 * @cssproperty [--vl-space=1rem] - Base spacing.
 * @cssproperty [--vl-font-family=inherit] - Font.
 * @cssproperty [--vl-font-size=1rem] - Base font size.
 */
export class VlQuestions extends VlElement {
  static override styles = [baseStyles, questionsStyles];

  /** Comma list of topic ids to show, in that order (`apply`, `priority`, `allocation`, `waiting`, `offer`, `rights`, `money`, or a pack's own). Default: every topic. */
  @property() topics = '';

  /** `public` (default) or `staff`: staff also see each answer's note for front-desk staff. */
  @property() audience: string = 'public';

  /** A question id expanded on load (the fragment `#vl-q-<id>` does the same). */
  @property({ attribute: 'open-question' }) openQuestion = '';

  /** Shows a search box over questions and answers (accent- and case-insensitive). */
  @property({ type: Boolean }) search = false;

  @state() private opened: ReadonlySet<string> = new Set();
  @state() private query = '';

  private groups: TopicGroup[] = [];
  private shownIds = new Set<string>();
  private aud: Audience = 'public';
  private pendingOpen = '';
  private pendingHash = '';
  private scrollTarget?: { id: string; focus: boolean };

  private readonly onHashChange = (): void => {
    this.pendingHash = questionIdFromHash(location.hash) ?? '';
    if (this.pendingHash) this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.pendingHash = questionIdFromHash(location.hash) ?? '';
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('audience')) this.aud = this.oneOf('audience', this.audience, audiences, 'public');
    if (changed.has('openQuestion')) this.pendingOpen = this.openQuestion.trim();
    const settled = this.contentStatus !== 'loading';
    const { groups, unknownTopics, orphans, incomplete } = selectGroups(this.content.questions, parseIdList(this.topics));
    this.groups = groups;
    this.shownIds = new Set(groups.flatMap((g) => g.items.map((q) => q.id)));
    if (!settled) return;
    for (const id of unknownTopics) this.warn('vl-unknown-id', `topics: "${id}" is not a topic of the content; skipped`);
    for (const q of orphans) this.warn('vl-unknown-id', `question "${q.id}" names topic "${q.topic ?? ''}", which the content does not define; not shown`);
    for (const q of incomplete) this.warn('vl-unknown-id', `question "${q.id}" has no question or answer text (a new question needs topic, question and answer); not shown`);
    if (this.pendingOpen) {
      const id = this.pendingOpen;
      this.pendingOpen = '';
      if (this.shownIds.has(id)) this.opened = new Set([...this.opened, id]);
      else this.warn('vl-unknown-id', `open-question="${id}" is not a question shown here; nothing opened`);
    }
    if (this.pendingHash) {
      const id = this.pendingHash;
      const onLoad = !this.hasUpdated || changed.has('contentStatus');
      this.pendingHash = '';
      if (this.shownIds.has(id)) {
        this.opened = new Set([...this.opened, id]);
        this.scrollTarget = { id, focus: !onLoad };
        const visible = filterGroups(this.groups, this.query, this.locale, this.aud === 'staff');
        if (!visible.some((g) => g.items.some((q) => q.id === id))) this.query = '';
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.scrollTarget;
    if (!target) return;
    this.scrollTarget = undefined;
    const button = this.renderRoot.querySelector<HTMLButtonElement>(`#vl-q-btn-${target.id}`);
    button?.scrollIntoView({ block: 'start' });
    if (target.focus) button?.focus({ preventScroll: true });
  }

  override render() {
    const staff = this.aud === 'staff';
    const grouped = this.groups.length > 1;
    const visible = filterGroups(this.groups, this.query, this.locale, staff);
    const questionLevel = this.level + (grouped ? 2 : 1);
    return html`<section class="root" lang=${this.locale} aria-labelledby="title">
      ${this.renderTitle(msg('Vos questions, nos réponses', { id: 'questions.title' }))}
      ${this.search ? this.renderSearch(visible) : nothing}
      ${grouped
        ? visible.map(
            (g) => html`<div class="topic">
              ${this.renderHeading(this.level + 1, this.t(g.topic.label), `vl-t-${g.topic.id}`, 'topic-title', 'topic-title')}
              ${g.items.map((q) => this.renderQuestion(q, questionLevel, staff))}
            </div>`,
          )
        : visible.flatMap((g) => g.items.map((q) => this.renderQuestion(q, questionLevel, staff)))}
    </section>`;
  }

  private renderSearch(visible: TopicGroup[]): TemplateResult {
    const count = visible.reduce((n, g) => n + g.items.length, 0);
    const query = this.query.trim();
    const found =
      pluralCategory(count, this.locale) === 'one'
        ? msg(str`${count} question trouvée`, { id: 'questions.found-one' })
        : msg(str`${count} questions trouvées`, { id: 'questions.found-other' });
    return html`<div class="search no-print" part="search" role="search">
        <label for="vl-q-search">${msg('Chercher dans les questions et les réponses', { id: 'questions.search-label' })}</label>
        <input id="vl-q-search" type="search" autocomplete="off" .value=${this.query} @input=${this.onInput} />
      </div>
      <p class="count no-print" part="count" role="status">
        ${query ? found : nothing}
        ${query && count === 0
          ? html`<span class="hint">${msg(str`Aucune réponse ne contient « ${query} ». Essayez un autre mot, plus court, par exemple « demande », « refus » ou « priorité ».`, { id: 'questions.no-result' })}</span>`
          : nothing}
      </p>`;
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  private renderQuestion(q: Question, level: number, staff: boolean): TemplateResult {
    const open = this.opened.has(q.id);
    const button = html`<button
      type="button"
      id="vl-q-btn-${q.id}"
      part="toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="vl-q-panel-${q.id}"
      @click=${() => this.toggle(q.id)}
    >
      <span class="icon" aria-hidden="true"></span>
      <span class="label">${q.verdict
          ? html`<span class="rumour">${msg('Idée reçue', { id: 'questions.rumour' })}<span class="visually-hidden"> : </span></span>`
          : nothing}${this.t(q.question)}</span>
    </button>`;
    return html`<div class="question" part="question">
      ${this.renderHeading(level, button, `vl-q-${q.id}`, 'question-title', 'question-title')}
      <div id="vl-q-panel-${q.id}" class="answer" part="answer" ?hidden=${!open}>
        ${q.verdict ? this.renderVerdict(q.verdict) : nothing}
        <p class="short">${this.t(q.answer)}</p>
        ${(q.details ?? []).map((d) => html`<p>${this.t(d)}</p>`)}
        ${q.unconfirmed
          ? html`<p class="unconfirmed">${msg('À confirmer : cette réponse n’a pas encore été vérifiée dans un texte officiel.', { id: 'questions.unconfirmed' })}</p>`
          : nothing}
        ${this.renderNext(q)} ${staff && q.staffNote ? this.renderStaffNote(q) : nothing} ${this.renderSource(q)}
      </div>
    </div>`;
  }

  private renderVerdict(verdict: 'true' | 'false' | 'depends'): TemplateResult {
    const label = {
      true: msg('Vrai', { id: 'questions.verdict-true' }),
      false: msg('Faux', { id: 'questions.verdict-false' }),
      depends: msg('Ça dépend', { id: 'questions.verdict-depends' }),
    }[verdict];
    return html`<p class="verdict">
      <span class="visually-hidden">${msg('Verdict :', { id: 'questions.verdict' })} </span><strong class="badge ${verdict}" part="verdict">${label}</strong>
    </p>`;
  }

  private renderNext(q: Question): TemplateResult | typeof nothing {
    const next = q.next;
    if (!next) return nothing;
    const links: TemplateResult[] = [];
    if (next.step) {
      const step = this.content.circuit.steps?.find((s) => s.id === next.step);
      const title = this.t(step?.title);
      links.push(html`<a href="#vl-step-${next.step}">${title
        ? msg(str`Étape du parcours : ${title}`, { id: 'questions.next-step' })
        : msg('Voir cette étape du parcours', { id: 'questions.next-step-untitled' })}</a>`);
    }
    if (next.partner) {
      const partner = this.content.partners.find((p) => p.id === next.partner);
      if (partner) {
        const site = safeHref(partner.site_web, this, `partner "${partner.id}" site_web`);
        const name = this.t(partner.nom);
        links.push(html`${site ? html`<a href=${site}>${name}</a>` : name}${partner.telephone
          ? html` — <a href=${telHref(partner.telephone)}>${partner.telephone}</a>`
          : nothing}`);
      } else if (this.contentStatus !== 'loading') {
        this.warn('vl-unknown-id', `question "${q.id}": partner "${next.partner}" is not in the content; not shown`);
      }
    }
    const url = safeHref(next.url, this, `question "${q.id}" next.url`);
    if (url) links.push(html`<a href=${url}>${this.t(next.label) || hostOf(url)}</a>`);
    if (!links.length) return nothing;
    return html`<div class="next" part="next">
      <p class="next-title"><strong>${msg('Et ensuite ?', { id: 'questions.next' })}</strong></p>
      <ul>
        ${links.map((l) => html`<li>${l}</li>`)}
      </ul>
    </div>`;
  }

  private renderStaffNote(q: Question): TemplateResult {
    const note = q.staffNote!;
    const line = (label: string, text: string) => (text ? html`<p><strong>${label}</strong> ${text}</p>` : nothing);
    return html`<div class="staff-note" part="staff-note">
      <p class="staff-title"><strong>${msg('Note pour l’accueil', { id: 'questions.staff-title' })}</strong></p>
      ${line(msg('À dire :', { id: 'questions.staff-tell' }), this.t(note.tell))}
      ${line(msg('Ne jamais promettre :', { id: 'questions.staff-avoid' }), this.t(note.avoid))}
      ${line(msg('Orienter vers :', { id: 'questions.staff-direct' }), this.t(note.direct))}
    </div>`;
  }

  private renderSource(q: Question): TemplateResult | typeof nothing {
    const text = this.t(q.source);
    const href = safeHref(q.sourceUrl, this, `question "${q.id}" sourceUrl`);
    if (!text && !href) return nothing;
    return html`<p class="source">
      ${msg('Source :', { id: 'questions.source' })} ${href ? html`<a href=${href}>${text || hostOf(href)}</a>` : text}
    </p>`;
  }

  private toggle(id: string): void {
    const open = !this.opened.has(id);
    const next = new Set(this.opened);
    if (open) next.add(id);
    else next.delete(id);
    this.opened = next;
    const hash = fragmentPrefix + id;
    if (open) history.replaceState(history.state, '', hash);
    else if (location.hash === hash) history.replaceState(history.state, '', location.pathname + location.search);
    this.dispatchEvent(new QuestionToggleEvent({ questionId: id, open }));
  }
}
