import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import type { CircuitStep, EmergencyContact, Partner, Question } from '@voix-logement/content';
import {
  checkPackInSteps,
  nationalCircuitOutline,
  nationalQuestions,
  nationalEmergency,
  emergencySection,
  circuitSection,
  partnersSection,
  questionsSection,
  figuresSection,
  type NationalSections,
} from '@voix-logement/content';
import {
  VlElement,
  baseStyles,
  pluralMessage,
  safeHref,
  telHref,
  withPhoneLinks,
  type PackChecker,
} from '@voix-logement/core';
import { QuestionToggleEvent } from './events.js';
import {
  filterGroups,
  fragmentPrefix,
  matchSituations,
  parseIdList,
  situationContacts,
  questionIdFromHash,
  selectGroups,
  type TopicGroup,
} from './questions.js';
import { questionsStyles } from './vl-questions.styles.js';
import { pageHref } from './page-href.js';

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
 * Links always lead somewhere: a question's circuit step opens that step when a
 * `<vl-demand-circuit>` is on the page, else goes to `circuit-href` when set, else shows the
 * step's short text in place; a partner goes to `vl-directory` on the page or `directory-href`.
 * A search meets people's words (the content's keywords, word stems, the emergency
 * situations) and, when nothing matches, offers the ways out: the emergency numbers, the
 * directory's desks, the online application site.
 *
 * @tag vl-questions
 * @tagname vl-questions
 * @summary Your questions, our answers: questions and rumours about social housing, answered.
 * @widget Vos questions, nos réponses (et les rumeurs)
 * @widgetHelp Les questions et les rumeurs sur le logement social, avec leurs réponses.
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
 * @csspart urgent - The emergency situations a search meets, with their numbers.
 * @csspart ways-out - What to do when a search finds nothing: numbers, desks, the online application.
 * @csspart step-text - A circuit step's short text, shown in place when no circuit is on the page.
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
  /**
   * The questions; the circuit steps (their outlines: title, summary, links) and partners
   * their answers link to; the emergency situations and numbers a search meets, and the ways
   * out when it finds nothing; the territory's figures (none national) that `next.figure` links to.
   */
  protected static override national: NationalSections = {
    questions: nationalQuestions,
    circuit: nationalCircuitOutline,
    emergency: nationalEmergency,
    partners: [],
    figures: {},
  };
  protected static override packSections = [
    questionsSection,
    circuitSection,
    emergencySection,
    partnersSection,
    figuresSection,
  ];
  /** The partners its answers link to may be 2,000 in a large territory: checked a batch a task. */
  protected static override checkPack: PackChecker = checkPackInSteps;

  static override properties: PropertyDeclarations = {
    topics: {},
    audience: {},
    openQuestion: { attribute: 'open-question' },
    search: { type: Boolean },
    circuitHref: { attribute: 'circuit-href' },
    directoryHref: { attribute: 'directory-href' },
    query: { state: true },
  };

  /**
   * Comma list of topic ids to show, in that order (`apply`, `priority`, `allocation`, `waiting`, `offer`,
   * `rights`, `money`, or a pack's own). Default: every topic.
   * @label Thèmes montrés
   * @help Seuls ces thèmes de questions sont montrés, dans cet ordre. Aucun choix : tous.
   * @choices topics list
   */
  topics = '';

  /**
   * `public` (default) or `staff`: staff also see each answer's note for front-desk staff.
   * @label Pour qui
   * @help public : les lecteurs ; staff : les agents d'accueil, qui voient aussi la note « ce qu'il faut dire » de
   *   chaque réponse.
   */
  audience: 'public' | 'staff' = 'public';

  /**
   * A question id expanded on load (the fragment `#vl-q-<id>` does the same).
   * @label Question ouverte à l'arrivée
   * @help Cette question s'affiche déjà ouverte quand la page se charge.
   * @choices questions
   */
  openQuestion = '';

  /**
   * Shows a search box over questions and answers (accent- and case-insensitive).
   * @label Champ de recherche
   * @help Ajoute un champ pour chercher dans les questions et les réponses.
   */
  search = false;

  /**
   * The partner's page holding `<vl-demand-circuit>` (e.g. `/parcours.html`): when no circuit is on
   * this page, "Étape du parcours" links go there (`…#vl-step-<id>`). Only http(s) addresses.
   * @label Page du parcours de la demande
   * @help L'adresse de votre page qui montre le parcours (<vl-demand-circuit>) : les liens « Étape du parcours » y
   *   mènent quand le parcours n'est pas sur la même page.
   */
  circuitHref = '';

  /**
   * The partner's page holding `<vl-directory>` (e.g. `/annuaire.html`): when no directory is on this
   * page, a question's partner links go there (`…#vl-partner-<id>`), and so does "find a desk" when a
   * search finds nothing. Only http(s) addresses.
   * @label Page de l'annuaire
   * @help L'adresse de votre page qui montre l'annuaire (<vl-directory>) : les liens vers un partenaire y mènent
   *   quand l'annuaire n'est pas sur la même page.
   */
  directoryHref = '';

  private query = '';
  /** Questions whose circuit step's short text is shown in place. */
  private stepShown = new Set<string>();
  private opened = new Set<string>();
  private groups: TopicGroup[] = [];
  /** `open-question` or fragment ids waiting for the content. */
  private openId = '';
  private hashId = questionIdFromHash(location.hash);

  /** The fragment already read (the one on load is read with the element, above). */
  private seenHash = location.hash;

  /** A new `#vl-q-<id>`: that question opens, comes into view and takes the focus. */
  protected override goToFragment(): void {
    if (location.hash === this.seenHash) return;
    this.seenHash = location.hash;
    this.hashId = questionIdFromHash(location.hash);
    this.requestUpdate();
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
                        // Arabic has six categories, Ukrainian four; French as French says it.
                        zero: () => msg(str`${count} question trouvée`, { id: 'questions.found-zero' }),
                        one: () => msg(str`${count} question trouvée`, { id: 'questions.found-one' }),
                        two: () => msg(str`${count} questions trouvées`, { id: 'questions.found-two' }),
                        few: () => msg(str`${count} questions trouvées`, { id: 'questions.found-few' }),
                        many: () => msg(str`${count} questions trouvées`, { id: 'questions.found-many' }),
                        other: () => msg(str`${count} questions trouvées`, { id: 'questions.found-other' }),
                      })}
                      ${count ? '' : msg(str`Aucune réponse ne contient « ${query} ». Essayez un mot plus court.`, { id: 'questions.no-result' })}`
                    : ''
                }
              </div>
              ${query ? this.renderUrgent(query) : ''} ${query && !count ? this.renderWaysOut() : ''}`
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
    const url = safeHref(next.url, this, `${id} next.url`);
    const links = [
      step && this.renderStepLink(id, step),
      partner && this.renderPartnerLink(partner),
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
        <p class="short">${withPhoneLinks(this.t(q.answer))}</p>
        ${q.details?.map((d) => html`<p>${withPhoneLinks(this.t(d))}</p>`)}${
          // A doubt is for front-desk staff, never for the applicant (issue 15).
          staff && q.unconfirmed
            ? html`<p class="unconfirmed">
                ${msg('Non confirmé par une source officielle.', { id: 'questions.unconfirmed' })}
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

  /** A widget of the page (in this element's tree, else the document), for links inside the page. */
  private onPage(tag: string): Element | null {
    const root = this.getRootNode() as Document | ShadowRoot;
    return root.querySelector(tag) ?? document.querySelector(tag);
  }

  /** `circuit-href` / `directory-href` with a fragment, or undefined (warning) when it is not an http(s) page. */
  private pageLink(attribute: 'circuit-href' | 'directory-href', value: string, fragment: string) {
    if (!value.trim()) return undefined;
    const href = pageHref(value, fragment);
    if (!href) this.warn('vl-unsafe-link', `${attribute}="${value.slice(0, 60)}" is not an http(s) page; ignored`);
    return href;
  }

  /**
   * "Étape du parcours": to the step of the circuit on the page, else on the `circuit-href` page,
   * else its short text, opened in place.
   */
  private renderStepLink(id: string, step: CircuitStep) {
    const label = msg(str`Étape du parcours : ${this.t(step.title)}`, { id: 'questions.next-step' });
    const fragment = `#vl-step-${step.id}`;
    const href = this.onPage('vl-demand-circuit')
      ? fragment
      : this.pageLink('circuit-href', this.circuitHref, fragment);
    if (href) return html`<a href=${href}>${label}</a>`;
    const open = this.stepShown.has(id);
    const text = this.t(step.summary) || this.t(step.easyRead) || this.t(step.details?.[0]);
    return html`<button
        type="button"
        class="step-link"
        aria-expanded=${open}
        aria-controls="vl-s-${id}"
        @click=${() => {
          if (!this.stepShown.delete(id)) this.stepShown.add(id);
          this.requestUpdate();
        }}
      >
        ${label}
      </button>
      <div id="vl-s-${id}" class="step-text" part="step-text" ?hidden=${!open}>
        <p>${withPhoneLinks(text)}</p>
      </div>`;
  }

  /** A partner: to its entry in the directory on the page or on `directory-href`, else its site; its phone. */
  private renderPartnerLink(partner: Partner) {
    const fragment = `#vl-partner-${partner.id}`;
    const href =
      (this.onPage('vl-directory') ? fragment : this.pageLink('directory-href', this.directoryHref, fragment)) ??
      safeHref(partner.site_web, this, `${partner.id} site_web`);
    const name = this.t(partner.nom);
    return html`${href ? html`<a href=${href}>${name}</a>` : name}${
      partner.telephone
        ? html` — <a class="tel" dir="ltr" href=${telHref(partner.telephone)}>${partner.telephone}</a>`
        : ''
    }`;
  }

  /** Tap-to-call links, one a line: "Hébergement d'urgence (Samu social) : 115". */
  private renderCalls(contacts: readonly EmergencyContact[]) {
    return html`<ul class="calls">
      ${contacts.map(
        (c) =>
          html`<li>
            <a class="call" href=${telHref(c.phone!)}>${this.t(c.name)} : <strong dir="ltr">${c.phone}</strong></a>
          </li>`,
      )}
    </ul>`;
  }

  /** The emergency situations a search meets ("expulsion", "urgence"), each with its numbers. */
  private renderUrgent(query: string) {
    const found = matchSituations(this.content.emergency, query, this.locale);
    if (!found.length) return '';
    return html`<div class="urgent" part="urgent">
      <p><strong>${msg('Si c’est urgent', { id: 'questions.urgent' })}</strong></p>
      <ul>
        ${found.map(
          ({ situation, contacts }) =>
            html`<li>${this.t(situation.title)} ${contacts.length ? this.renderCalls(contacts.slice(0, 3)) : ''}</li>`,
        )}
      </ul>
    </div>`;
  }

  /**
   * When a search finds nothing, the ways out every page has: the emergency numbers (115, 112),
   * the directory's desks (on the page, on `directory-href`, else where to apply), the online
   * application (the circuit's "apply" step link). Only numbers and addresses of the content.
   */
  private renderWaysOut() {
    const { emergency, circuit, partners, questions } = this.content;
    const urgent = ['115', '112'].flatMap((id) => situationContacts(emergency, 'no-roof').filter((c) => c.id === id));
    const desks = this.onPage('vl-directory')
      ? '#vl-directory'
      : this.pageLink('directory-href', this.directoryHref, '#vl-directory');
    const where = questions.items?.find((q) => q.id === 'where-to-apply');
    const apply = circuit.steps?.find((s) => s.id === 'apply')?.links?.[0];
    const online = apply && safeHref(apply.url, this, 'step apply');
    return html`<div class="ways-out" part="ways-out">
      <p><strong>${msg('Vous pouvez aussi :', { id: 'questions.ways-out' })}</strong></p>
      <ul>
        ${
          urgent.length
            ? html`<li>
                ${msg('En urgence, appeler :', { id: 'questions.ways-out-call' })} ${this.renderCalls(urgent)}
              </li>`
            : ''
        }
        ${
          desks && (partners.length || this.directoryHref)
            ? html`<li>
                <a href=${desks}>${msg('Trouver un guichet dans votre commune', { id: 'questions.ways-out-desk' })}</a>
              </li>`
            : where?.answer
              ? html`<li>${this.t(where.answer)}</li>`
              : ''
        }
        ${
          online
            ? html`<li>
                <a href=${online}>${msg('Faire sa demande en ligne', { id: 'questions.ways-out-online' })}</a>
              </li>`
            : ''
        }
      </ul>
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
