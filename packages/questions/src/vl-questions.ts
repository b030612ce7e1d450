import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import type { Question } from '@voix-logement/content';
import {
  nationalCircuit,
  nationalQuestions,
  circuitSection,
  partnersSection,
  questionsSection,
  figuresSection,
  type NationalSections,
} from '@voix-logement/content';
import { VlElement, baseStyles, pluralMessage, safeHref, telHref } from '@voix-logement/core';
import { QuestionToggleEvent } from './events.js';
import {
  filterGroups,
  fragmentPrefix,
  parseIdList,
  questionIdFromHash,
  selectGroups,
  type TopicGroup,
} from './questions.js';
import { questionsStyles } from './vl-questions.styles.js';

const audiences = ['public', 'staff'] as const;

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
 * @cssproperty [--vl-color-border=#767676] - Borders between questions.
 * @cssproperty [--vl-color-danger=#b3261e] - The "Faux" verdict badge.
 * @cssproperty [--vl-radius=0.25rem] - Corner radius.
 * @cssproperty [--vl-space=1rem] - Base spacing.
 * @cssproperty [--vl-font-family=inherit] - Font.
 * @cssproperty [--vl-font-size=1rem] - Base font size.
 */
export class VlQuestions extends VlElement {
  static override styles = [baseStyles, questionsStyles];
  /** The questions, and the circuit steps, partners and figures (none national) their answers link to. */
  protected static override national: NationalSections = {
    questions: nationalQuestions,
    circuit: nationalCircuit,
    partners: [],
    figures: {},
  };
  protected static override packSections = [questionsSection, circuitSection, partnersSection, figuresSection];

  static override properties: PropertyDeclarations = {
    topics: {},
    audience: {},
    openQuestion: { attribute: 'open-question' },
    search: { type: Boolean },
    query: { state: true },
  };

  /**
   * Comma list of topic ids to show, in that order (`apply`, `priority`, `allocation`, `waiting`, `offer`,
   * `rights`, `money`, or a pack's own). Default: every topic.
   */
  topics = '';

  /** `public` (default) or `staff`: staff also see each answer's note for front-desk staff. */
  audience: 'public' | 'staff' = 'public';

  /** A question id expanded on load (the fragment `#vl-q-<id>` does the same). */
  openQuestion = '';

  /** Shows a search box over questions and answers (accent- and case-insensitive). */
  search = false;

  private query = '';
  private opened = new Set<string>();
  private groups: TopicGroup[] = [];
  /** `open-question` or fragment ids waiting for the content. */
  private openId = '';
  private hashId = questionIdFromHash(location.hash);

  private readonly onHash = (): void => {
    this.hashId = questionIdFromHash(location.hash);
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    removeEventListener('hashchange', this.onHash);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('openQuestion')) this.openId = this.openQuestion.trim();
    const { groups, unknown, hidden } = selectGroups(this.content.questions, parseIdList(this.topics));
    this.groups = groups;
    if (this.contentStatus === 'loading') return;
    for (const id of unknown) this.warn('vl-unknown-id', `topics: no topic "${id}"; skipped`);
    for (const q of hidden)
      this.warn('vl-unknown-id', `question "${q.id}": no text, or no topic "${q.topic}"; not shown`);
    const shown = (id = '') => groups.some((g) => g.items.some((q) => q.id === id));
    const [open, hash] = [this.openId, this.hashId];
    this.openId = this.hashId = '';
    if (shown(open)) this.opened.add(open);
    else if (open) this.warn('vl-unknown-id', `open-question="${open}" is not shown here`);
    if (hash && shown(hash)) {
      this.opened.add(hash);
      this.query = '';
      // Brought into view once rendered. On load the page keeps its focus; a later
      // fragment change moves focus to the question.
      const focus = this.hasUpdated && !changed.has('contentStatus');
      this.updateComplete.then(() => {
        const button = this.renderRoot.querySelector<HTMLElement>(`#vl-q-${hash} button`);
        button?.scrollIntoView();
        if (focus) button?.focus({ preventScroll: true });
      });
    }
  }

  override render() {
    const staff = this.oneOf('audience', this.audience, audiences, 'public') === 'staff';
    const many = this.groups.length > 1;
    const shown = filterGroups(this.groups, this.query, this.locale, staff);
    const count = shown.flatMap((g) => g.items).length;
    const query = this.query.trim();
    const level = this.level + 1;
    const one = (q: Question) => this.renderItem(q, level + +many, staff);
    return html`<section class="root" lang=${this.locale}>
      ${this.renderTitle(msg('Vos questions, nos réponses', { id: 'questions.title' }))}${
        this.search
          ? html`<div class="no-print" part="search" role="search">
                <label for="vl-search"
                  >${msg('Chercher dans les questions et les réponses', { id: 'questions.search-label' })}</label
                ><input
                  id="vl-search"
                  type="search"
                  .value=${this.query}
                  @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
                />
              </div>
              <div part="count" role="status">
                ${
                  query
                    ? html`${pluralMessage(count, this.locale, {
                        one: () => msg(str`${count} question trouvée`, { id: 'questions.found-one' }),
                        other: () => msg(str`${count} questions trouvées`, { id: 'questions.found-other' }),
                      })}
                      ${count ? '' : msg(str`Aucune réponse ne contient « ${query} ». Essayez un mot plus court.`, { id: 'questions.no-result' })}`
                    : ''
                }
              </div>`
          : ''
      }${shown.map((g) => [many ? this.renderHeading(level, this.t(g.topic.label), '', 'topic-title', 'topic') : '', g.items.map(one)])}
    </section>`;
  }

  private renderItem(q: Question, level: number, staff: boolean) {
    const { id, verdict, staffNote: note, next = {} } = q;
    const open = this.opened.has(id);
    const step = next.step && this.content.circuit.steps?.find((s) => s.id === next.step);
    const partner = next.partner && this.content.partners.find((p) => p.id === next.partner);
    if (next.partner && !partner && this.contentStatus !== 'loading')
      this.warn('vl-unknown-id', `question "${id}": no partner "${next.partner}"`);
    const site = partner && safeHref(partner.site_web, this, `${partner.id} site_web`);
    const url = safeHref(next.url, this, `${id} next.url`);
    const links = [
      step &&
        html`<a href="#vl-step-${step.id}"
          >${msg(str`Étape du parcours : ${this.t(step.title)}`, { id: 'questions.next-step' })}</a
        >`,
      partner &&
        html`${site ? html`<a href=${site}>${this.t(partner.nom)}</a>` : this.t(partner.nom)}${
          partner.telephone ? html` — <a href=${telHref(partner.telephone)}>${partner.telephone}</a>` : ''
        }`,
      url && html`<a href=${url}>${this.t(next.label) || url}</a>`,
      // A figure of the pack (issue 21): <vl-key-figures> on the page answers #vl-figure-<id>.
      next.figure &&
        this.content.figures?.items?.some((f) => f.figure === next.figure) &&
        html`<a href="#vl-figure-${next.figure}"
          >${msg('Les chiffres du territoire', { id: 'questions.next-figure' })}</a
        >`,
    ].filter(Boolean);
    const sourceUrl = safeHref(q.sourceUrl, this, `${id} sourceUrl`);
    const source = this.t(q.source) || sourceUrl;
    const button = html`<button
      part="toggle"
      aria-expanded=${open}
      aria-controls="vl-a-${id}"
      @click=${() => this.toggle(id)}
    >
      ${
        verdict
          ? html`<span class="rumour"
              >${msg('Idée reçue', { id: 'questions.rumour' })}<span class="visually-hidden"> : </span></span
            >`
          : ''
      }${this.t(q.question)}
    </button>`;
    return html`<div class="question" part="question">
      ${this.renderHeading(level, button, `vl-q-${id}`, 'question-title', 'question-title')}
      <div id="vl-a-${id}" class="answer" part="answer" ?hidden=${!open}>
        ${
          verdict
            ? html`<p>
                <span class="visually-hidden">${msg('Verdict :', { id: 'questions.verdict' })} </span
                ><strong class="badge ${verdict}" part="verdict"
                  >${
                    {
                      true: msg('Vrai', { id: 'questions.verdict-true' }),
                      false: msg('Faux', { id: 'questions.verdict-false' }),
                      depends: msg('Ça dépend', { id: 'questions.verdict-depends' }),
                    }[verdict]
                  }</strong
                >
              </p>`
            : ''
        }
        <p class="short">${this.t(q.answer)}</p>
        ${q.details?.map((d) => html`<p>${this.t(d)}</p>`)}${
          q.unconfirmed
            ? html`<p class="unconfirmed">
                ${msg('À confirmer dans un texte officiel.', { id: 'questions.unconfirmed' })}
              </p>`
            : ''
        }${
          links.length
            ? html`<div part="next">
                <p><strong>${msg('Et ensuite ?', { id: 'questions.next' })}</strong></p>
                <ul>
                  ${links.map((l) => html`<li>${l}</li>`)}
                </ul>
              </div>`
            : ''
        }${
          staff && note
            ? html`<div class="note" part="staff-note">
                <p><strong>${msg('Note pour l’accueil', { id: 'questions.staff-title' })}</strong></p>
                ${[
                  [msg('À dire :', { id: 'questions.staff-tell' }), note.tell],
                  [msg('Ne jamais promettre :', { id: 'questions.staff-avoid' }), note.avoid],
                  [msg('Orienter vers :', { id: 'questions.staff-direct' }), note.direct],
                ].map(([label, text]) => (text ? html`<p><strong>${label}</strong> ${this.t(text)}</p>` : ''))}
              </div>`
            : ''
        }${
          source
            ? html`<p class="source">
                ${msg('Source :', { id: 'questions.source' })}
                ${sourceUrl ? html`<a href=${sourceUrl}>${source}</a>` : source}
              </p>`
            : ''
        }
      </div>
    </div>`;
  }

  private toggle(id: string): void {
    const open = !this.opened.delete(id);
    if (open) this.opened.add(id);
    this.requestUpdate();
    const hash = fragmentPrefix + id;
    if (open || location.hash === hash)
      history.replaceState(history.state, '', open ? hash : location.pathname + location.search);
    this.dispatchEvent(new QuestionToggleEvent({ questionId: id, open }));
  }
}
