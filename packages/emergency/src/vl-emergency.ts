import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  VlElement,
  baseStyles,
  formatLongDate,
  leftToRight,
  pluralMessage,
  safeHref,
  smsHref,
  telHref,
} from '@voix-logement/core';
import type { EmergencyContact, EmergencySituation, LocalizedText } from '@voix-logement/content';
import { nationalEmergency, emergencySection, type NationalSections } from '@voix-logement/content';
import { chooseSituations, contactsFor, isAboutViolence, situationFromHash, spokenNumber } from './emergency.js';
import { contrast } from './contrast.js';
import { VlQuickExitEvent } from './events.js';
import { armQuickExit, disarmQuickExit, exitTarget, type QuickExitOwner, type QuickExitVia } from './quick-exit.js';
import { parseIsoDate, winterTruce } from './truce.js';
import { styles } from './vl-emergency.styles.js';
import { chooserStyles } from './chooser.styles.js';
import { quickExitStyles } from './quick-exit.styles.js';

/** What a situation or contact says of its source. */
// `unconfirmed` is not shown: a doubt never reaches an applicant's screen (national-facts.md);
// it stays in the pack for the validator's remarks and the staff.
type Fact = { source?: LocalizedText; sourceUrl?: string; verifiedOn?: string };

/**
 * How the card is laid out: `chooser` when a card shows more than one situation ("Que se
 * passe-t-il ?", one button each), `single` for one situation, `compact` for the variant.
 */
type Layout = 'chooser' | 'single' | 'compact';

/** The colour pairs the element checks, each with the hidden probe that resolves it. */
const probes = [
  { name: 'primary', fallback: '#1b4f8f / #fff', tokens: '--vl-color-primary / --vl-color-on-primary' },
  { name: 'danger', fallback: '#b3261e / #fff', tokens: '--vl-color-danger / #fff (quick exit)' },
] as const;

/**
 * What to do now, in a housing emergency: for each situation, one to three short actions,
 * then who to call — national numbers first, then the territory's local desks with their
 * opening hours. Numbers are tap-to-call links (114 is an SMS link: it takes no voice
 * call). During the winter truce (1 November to 31 March, computed from the date) the
 * eviction situation says evictions are suspended and until when.
 *
 * A card showing several situations opens with "Que se passe-t-il ?" and one large button per
 * situation (its plain name, the content's `choice`); choosing one shows its steps and numbers
 * right under it, scrolled into view, the other buttons still one tap away. The page's fragment
 * `#vl-situation-<id>` opens one on load (the element never writes the fragment: it would
 * leave the situation's name in the history).
 *
 * Every situation about violence (`violence`, `violence-…`) shows a "Quitter vite" button that
 * replaces the page with `exit-href` (`location.replace`: no way back to it), and while it is
 * shown, Shift pressed three times anywhere on the page does the same (GOV.UK Frontend's "Exit
 * this page").
 *
 * The call buttons use `--vl-color-primary` on `--vl-color-on-primary`, the quick exit white on
 * `--vl-color-danger`; when a pair is under 4.5:1 (WCAG 1.4.3) the element falls back to its
 * default colours and warns (`vl-low-contrast`).
 *
 * @tag vl-emergency
 * @tagname vl-emergency
 * @summary What to do in an emergency, with the right numbers.
 * @widget Que faire en urgence
 * @widgetHelp Que faire tout de suite (sans toit, expulsion, violences…), avec les bons numéros.
 *
 * @fires vl-quick-exit - The reader asked to leave (`detail: { href, via: 'button' | 'keyboard' }`), just before
 * the page is replaced. Cancelable: `preventDefault()` keeps the page.
 *
 * @csspart heading - The widget's title.
 * @csspart question - "Que se passe-t-il ?", above the choices.
 * @csspart situation - One situation (a section).
 * @csspart situation-title - The situation's heading (in the chooser, the heading holding its button).
 * @csspart choice - A situation's button in the chooser, at least 48 px high.
 * @csspart steps-toggle - The "Que faire ?" button of a situation in the compact variant.
 * @csspart quick-exit - The "Quitter vite" button.
 * @csspart season - The winter-truce notice of the eviction situation.
 * @csspart actions - The numbered list of things to do now.
 * @csspart gap - A visible note ("À savoir") a pack gives a situation.
 * @csspart facts - Compact variant, with the steps: when each number answers and what it costs.
 * @csspart privacy - The line saying the history may keep the visit, and how to browse privately.
 * @csspart contacts - A list of contacts.
 * @csspart contact - One contact.
 * @csspart call - A tap-to-call (or SMS) link, at least 44 px high.
 * @csspart sources - A situation's sources line (card variant).
 *
 * @cssproperty [--vl-color-primary=#1b4f8f] - Background of the call buttons, links, chosen situation.
 * @cssproperty [--vl-color-on-primary=#ffffff] - Text of the call buttons (checked against the primary colour).
 * @cssproperty [--vl-color-danger=#b3261e] - Background of the quick-exit button, under white text (checked).
 * @cssproperty [--vl-color-text=#1e1e1e] - Text colour.
 * @cssproperty [--vl-color-muted=#545454] - Secondary text (hours, sources).
 * @cssproperty [--vl-color-surface=#ffffff] - Background.
 * @cssproperty [--vl-color-border=#767676] - Borders.
 * @cssproperty [--vl-radius=0.25rem] - Corner radius.
 * @cssproperty [--vl-space=1rem] - Base spacing.
 */
export class VlEmergency extends VlElement implements QuickExitOwner {
  static override styles = [baseStyles, styles, chooserStyles, quickExitStyles];
  /** The national situations and numbers. */
  protected static override national: NationalSections = { emergency: nationalEmergency };
  protected static override packSections = [emergencySection];

  static override properties: PropertyDeclarations = {
    situations: {},
    variant: {},
    today: {},
    exitHref: { attribute: 'exit-href' },
    chosen: { state: true },
    stepsOpen: { state: true },
    status: { state: true },
    presses: { state: true },
  };

  /**
   * Comma list of situation ids to show, in that order: `no-roof`, `eviction`, `violence`,
   * `rent-debt`, `unfit-housing`, `discrimination` (and any a pack adds). Empty: all.
   * An unknown id is skipped with a `vl-unknown-id` warning.
   * @label Situations montrées
   * @help Seules ces situations d'urgence sont montrées, dans cet ordre. Aucun choix : toutes.
   * @choices situations list
   */
  situations = '';

  /**
   * `card` (default: with several situations, a chooser; then actions, contacts with details, sources) or
   * `compact` (each situation's name and its numbers, one line each, its steps one tap away; for sidebars).
   * @label Présentation
   * @help card : la carte complète, avec le choix de la situation ; compact : le nom de chaque situation et ses
   *   numéros, pour une colonne étroite.
   */
  variant: 'card' | 'compact' = 'card';

  /**
   * The date seasonal facts (the winter truce) are computed from, ISO format
   * (`2026-11-23`). Default: the reader's today. For previews and tests.
   * @label Date du jour (aperçus seulement)
   * @help Pour un aperçu ou un test : la date (AAAA-MM-JJ) à partir de laquelle la trêve hivernale est calculée.
   *   Laissez vide sur votre site.
   */
  today = '';

  /**
   * Where "Quitter vite" (and Shift pressed three times) sends the reader, replacing this page: an https: or
   * http: address. Default: a neutral public page, Météo-France's home (`https://meteofrance.com/`). `none`
   * hides the quick exit. Any other value warns (`vl-unsafe-link`) and keeps the default.
   * @label Adresse du bouton « Quitter vite »
   * @help La page (https://…) qui remplace la vôtre quand le lecteur appuie sur « Quitter vite ». Vide : le site de
   *   Météo-France. none : pas de bouton.
   */
  exitHref = '';

  /** The situation chosen in the chooser ('' when none). */
  private chosen = '';
  /** Compact variant: the situations whose steps are shown. */
  private stepsOpen: ReadonlySet<string> = new Set();
  /** The last announcement for screen readers (a choice, the Shift presses). */
  private status = '';
  /** Shift presses counted towards the quick exit (1, 2), 0 when none. */
  private presses = 0;

  private layout: Layout = 'chooser';
  private shown: EmergencySituation[] = [];
  private exit: { href?: string } = {};
  private contrastChecked: Promise<void> = Promise.resolve();

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pageshow', this.uncover);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pageshow', this.uncover);
    disarmQuickExit(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const compact = this.oneOf('variant', this.variant, ['card', 'compact'], 'card') === 'compact';
    if (this.today && !parseIsoDate(this.today))
      this.warn('vl-invalid-attribute', `today="${this.today}" is not a date like 2026-11-23; using today`);
    const known = this.content.emergency.situations ?? [];
    const { shown, unknown } = chooseSituations(this.situations, known);
    // A pack may define more ids: do not warn before it has arrived.
    if (this.contentStatus !== 'loading') {
      for (const id of unknown)
        this.warn('vl-unknown-id', `situations: "${id}" is not one of ${known.map((s) => s.id).join(', ')}; skipped`);
    }
    this.shown = shown;
    this.layout = compact ? 'compact' : shown.length > 1 ? 'chooser' : 'single';
    if (this.chosen && !shown.some((s) => s.id === this.chosen)) this.chosen = '';
    const exit = exitTarget(this.exitHref);
    if (exit.unsafe !== undefined)
      this.warn(
        'vl-unsafe-link',
        `exit-href="${exit.unsafe.slice(0, 60)}" is not an https: or http: address; using ${exit.href}`,
      );
    this.exit = exit;
  }

  override render() {
    const { layout } = this;
    return html`<section class="root ${layout} ${this.chosen ? 'has-choice' : ''}" lang=${this.locale}>
      ${probes.map((p) => html`<i class="probe ${p.name}" hidden></i>`)}
      ${this.renderTitle(msg('Que faire en urgence ?', { id: 'emergency.title' }))}
      ${
        layout === 'chooser'
          ? html`<p class="question" part="question">${msg('Que se passe-t-il ?', { id: 'emergency.question' })}</p>`
          : nothing
      }
      ${this.shown.map((s) => (layout === 'chooser' ? this.renderChoice(s) : this.renderSituation(s)))}
      <p class="visually-hidden" role="status">${this.status}</p>
      <dialog class="cover" aria-label=${msg('Chargement…', { id: 'emergency.leaving' })}>
        <p>${msg('Chargement…', { id: 'emergency.leaving' })}</p>
      </dialog>
    </section>`;
  }

  /** A situation in the chooser: its button (in a heading), and its panel under it. */
  private renderChoice(s: EmergencySituation): TemplateResult {
    const { id } = s;
    const open = this.chosen === id;
    const button = html`<button
      type="button"
      class="choice"
      part="choice"
      id="c-${id}"
      aria-expanded=${open}
      aria-controls="vl-situation-${id}"
      @click=${() => this.choose(id)}
    >
      <span>${this.nameOf(s)}</span>
    </button>`;
    return html`<section class="situation ${open ? 'open' : ''}" part="situation">
      ${this.renderHeading(this.level + 1, button, '', 'situation-title')}
      <div class="panel" id="vl-situation-${id}" ?hidden=${!open}>${this.renderDetails(s)}</div>
    </section>`;
  }

  /** A situation shown on its own (one situation in a card) or as a line of the compact variant. */
  private renderSituation(s: EmergencySituation): TemplateResult {
    const { id } = s;
    if (this.layout === 'single') {
      return html`<section class="situation" part="situation" id="vl-situation-${id}" aria-labelledby="s-${id}">
        ${this.renderHeading(this.level + 1, html`${this.t(s.title) || id}`, `s-${id}`, 'situation-title')}
        ${this.renderDetails(s)}
      </section>`;
    }
    // Compact: the name and the numbers, one line each; the steps, and when each number answers, one tap away.
    const name = this.nameOf(s);
    const open = this.stepsOpen.has(id);
    const violence = isAboutViolence(id);
    return html`<section class="situation" part="situation" id="vl-situation-${id}" aria-labelledby="s-${id}">
      <div class="line">
        ${this.renderHeading(this.level + 1, html`${name}`, `s-${id}`, 'situation-title')}
        <button
          type="button"
          class="steps-toggle"
          part="steps-toggle"
          aria-expanded=${open}
          aria-controls="steps-${id}"
          @click=${() => this.toggleSteps(id)}
        >
          ${msg('Que faire ?', { id: 'emergency.steps' })}<span class="visually-hidden"> (${name})</span>
        </button>
      </div>
      <div class="steps" id="steps-${id}" ?hidden=${!open}>
        ${violence ? this.renderExitHint() : nothing} ${this.renderActions(s)} ${this.renderGap(s)}
        ${this.renderFacts(id)} ${violence ? this.renderPrivacy() : nothing}
      </div>
      ${this.renderSeason(id, true)} ${violence ? this.renderQuickExit(false) : nothing}
      ${this.renderContacts(id, new Map())}
    </section>`;
  }

  /** A situation's content in the card: quick exit, truce, actions, gap, numbers, privacy, sources. */
  private renderDetails(s: EmergencySituation): TemplateResult {
    const { id } = s;
    /** The situation's sources, once each, in order: name → [link, date checked]. */
    const sources = new Map<string, (string | undefined)[]>();
    cite(sources, this.t(s.source), s);
    const contacts = this.renderContacts(id, sources);
    return html`${isAboutViolence(id) ? this.renderQuickExit() : nothing} ${this.renderSeason(id, false)}
    ${this.renderActions(s)} ${this.renderGap(s)} ${contacts} ${isAboutViolence(id) ? this.renderPrivacy() : nothing}
    ${this.renderSources(sources)}`;
  }

  private renderSeason(id: string, compact: boolean) {
    if (id !== 'eviction') return nothing;
    const truce = winterTruce(parseIsoDate(this.today) ?? new Date());
    const day = formatLongDate(truce.date, this.locale);
    return html`<p class="note" part="season">
      ${
        truce.active
          ? msg(str`Trêve d'hiver : les expulsions sont suspendues jusqu'au ${day} inclus.`, {
              id: 'emergency.truceOn',
            })
          : msg(
              str`Ce n'est pas la trêve d'hiver : une expulsion peut avoir lieu. La prochaine trêve commence le ${day}. L'eau, elle, ne peut jamais être coupée dans votre résidence principale.`,
              { id: 'emergency.truceOff' },
            )
      }
      ${
        truce.active && !compact
          ? msg(
              "Avec des dettes de loyer, vous restez protégé. L'eau ne peut jamais être coupée dans votre résidence principale ; en hiver, l'électricité et le gaz non plus (ils peuvent être réduits, sauf si vous avez le chèque énergie). Exceptions : un relogement est prévu pour toute la famille, ou les personnes sont entrées chez quelqu'un par la force, la menace ou la ruse (squat).",
              { id: 'emergency.truceDetails' },
            )
          : ''
      }
    </p>`;
  }

  private renderActions(s: EmergencySituation) {
    return s.actions?.length
      ? html`<ol class="actions" part="actions">
          ${s.actions.map((a) => html`<li>${this.t(a)}</li>`)}
        </ol>`
      : nothing;
  }

  private renderGap(s: EmergencySituation) {
    return s.gap
      ? html`<p class="note" part="gap">
          <strong>${msg('À savoir :', { id: 'emergency.gap' })}</strong> ${this.t(s.gap)}
        </p>`
      : nothing;
  }

  /** "Quitter vite", the three dots that count Shift presses (GOV.UK's indicator), and its hint. */
  private renderQuickExit(withHint = true) {
    if (!this.exit.href) return nothing;
    return html`<div class="exit-bar no-print">
        <button type="button" class="exit" part="quick-exit" @click=${() => this.quickExit('button')}>
          <span class="visually-hidden">${msg('Urgence :', { id: 'emergency.exitLead' })} </span
          >${msg('Quitter vite', { id: 'emergency.exit' })}
        </button>
        <span class="presses ${this.presses ? 'counting' : ''}" aria-hidden="true"
          >${[1, 2, 3].map((n) => html`<i class=${n <= this.presses ? 'on' : ''}></i>`)}</span
        >
      </div>
      ${withHint ? this.renderExitHint() : nothing}`;
  }

  private renderExitHint() {
    if (!this.exit.href) return nothing;
    return html`<p class="exit-hint no-print">
      ${msg('Remplace cette page par un site neutre, sans retour.', { id: 'emergency.exitHint' })}
      <span class="keys">${msg('Au clavier : 3 fois la touche Maj.', { id: 'emergency.exitKeys' })}</span>
    </p>`;
  }

  private renderPrivacy() {
    return html`<p class="note" part="privacy">
      ${msg(
        "L'historique du navigateur peut garder cette visite. Pour l'éviter, ouvrez une fenêtre de navigation privée (menu du navigateur).",
        { id: 'emergency.privacy' },
      )}
    </p>`;
  }

  /** "Qui appeler" (national numbers), then "Près de chez vous" (the pack's local ones). */
  private renderContacts(id: string, sources: Map<string, (string | undefined)[]>) {
    const contacts = this.content.emergency.contacts ?? [];
    return html`${this.renderList(contactsFor(id, contacts, false), msg('Qui appeler', { id: 'emergency.whoToCall' }), sources)}
    ${this.renderList(contactsFor(id, contacts, true), msg('Près de chez vous', { id: 'emergency.nearYou' }), sources)}`;
  }

  private renderList(items: EmergencyContact[], label: string, sources: Map<string, (string | undefined)[]>) {
    if (!items.length) return nothing;
    const compact = this.layout === 'compact';
    return html`${compact ? nothing : this.renderHeading(this.level + 2, label)}
      <ul class="contacts" part="contacts" aria-label=${label}>
        ${items.map((c) => {
          cite(sources, this.t(c.source), c);
          const name = html`<span class="name">${this.t(c.name)}</span>`;
          // Compact: the number first, then who answers, one line; the facts are one tap away (steps).
          if (compact)
            return html`<li class="contact" part="contact">
              ${this.call(c.phone, false, true)}${this.call(c.sms, true)}${name}
            </li>`;
          const facts = this.factsOf(c);
          return html`<li class="contact" part="contact">
            ${name} ${c.description ? html`<span>${this.t(c.description)}</span>` : nothing}
            ${facts ? html`<span class="facts">${facts}</span>` : nothing}
            ${this.call(c.phone)}${this.call(c.sms, true)}
          </li>`;
        })}
      </ul>`;
  }

  /** Compact variant, with the steps: when each number answers and what it costs ("Gratuit · 24 h/24, 7 j/7"). */
  private renderFacts(id: string) {
    const contacts = this.content.emergency.contacts ?? [];
    const items = [...contactsFor(id, contacts, false), ...contactsFor(id, contacts, true)].filter((c) =>
      this.factsOf(c),
    );
    return items.length
      ? html`<ul class="facts-list" part="facts">
          ${items.map((c) => html`<li><span class="name">${this.t(c.name)}</span> : ${this.factsOf(c)}</li>`)}
        </ul>`
      : nothing;
  }

  /** "Gratuit · 24 h/24, 7 j/7 · Du lundi au vendredi." — only what the content says. */
  private factsOf(c: EmergencyContact): string {
    return [
      c.free && msg('Gratuit', { id: 'emergency.free' }),
      c.alwaysOpen && msg('24 h/24, 7 j/7', { id: 'emergency.alwaysOpen' }),
      this.t(c.hours),
    ]
      .filter(Boolean)
      .join(' · ');
  }

  private renderSources(sources: Map<string, (string | undefined)[]>) {
    if (!sources.size) return nothing;
    return html`<p class="sources" part="sources">
      ${msg('Sources :', { id: 'emergency.sources' })}
      ${[...sources].map(([text, [url, verifiedOn]], i) => {
        const href = safeHref(url, this);
        const checked = parseIsoDate(verifiedOn);
        return html`${i ? '; ' : ''}${href ? html`<a href=${href}>${text}</a>` : text}${
          checked
            ? ` (${msg(str`vérifié le ${formatLongDate(checked, this.locale)}`, { id: 'emergency.verifiedOn' })})`
            : ''
        }`;
      })}.
    </p>`;
  }

  /**
   * Opens the situation (closing the one open), says so to screen readers, and scrolls it so that
   * its first number is on screen; choosing the open one again closes it.
   */
  private async choose(id: string): Promise<void> {
    const open = this.chosen !== id;
    this.chosen = open ? id : '';
    const situation = this.shown.find((s) => s.id === id);
    this.status = open && situation ? this.inLocale(() => this.revealed(situation)) : '';
    await this.updateComplete;
    if (open) this.bringIntoView(id);
  }

  /** "Violences à la maison : 6 numéros à appeler, juste en dessous." */
  private revealed(s: EmergencySituation): string {
    const contacts = this.content.emergency.contacts ?? [];
    const count = contactsFor(s.id, contacts, false).length + contactsFor(s.id, contacts, true).length;
    const name = this.nameOf(s);
    // Arabic has six categories, Ukrainian four: each its message, French as French says it.
    return pluralMessage(count, this.locale, {
      zero: () => msg(str`${name} : ${count} numéro à appeler, juste en dessous.`, { id: 'emergency.revealed.zero' }),
      one: () => msg(str`${name} : ${count} numéro à appeler, juste en dessous.`, { id: 'emergency.revealed.one' }),
      two: () => msg(str`${name} : ${count} numéros à appeler, juste en dessous.`, { id: 'emergency.revealed.two' }),
      few: () => msg(str`${name} : ${count} numéros à appeler, juste en dessous.`, { id: 'emergency.revealed.few' }),
      many: () => msg(str`${name} : ${count} numéros à appeler, juste en dessous.`, { id: 'emergency.revealed.many' }),
      other: () =>
        msg(str`${name} : ${count} numéros à appeler, juste en dessous.`, { id: 'emergency.revealed.other' }),
    });
  }

  /** The chosen situation's first number on screen: its button at the top of the screen if need be. */
  private bringIntoView(id: string): void {
    const panel = this.renderRoot.querySelector(`#vl-situation-${id}`);
    const first = panel?.querySelector('[part="call"]');
    const onScreen = () => {
      const box = first?.getBoundingClientRect();
      return !box || (box.top >= 0 && box.bottom <= innerHeight);
    };
    if (onScreen()) return;
    this.renderRoot.querySelector(`#c-${id}`)?.scrollIntoView({ block: 'start' });
    if (!onScreen()) first?.scrollIntoView({ block: 'nearest' });
  }

  private toggleSteps(id: string): void {
    const open = new Set(this.stepsOpen);
    if (!open.delete(id)) open.add(id);
    this.stepsOpen = open;
  }

  /** `#vl-situation-<id>` naming a situation shown here: open it and bring it into view. */
  protected override async goToFragment(): Promise<void> {
    const id = situationFromHash(location.hash);
    await this.updateComplete;
    if (!id || !this.shown.some((s) => s.id === id)) return;
    if (this.layout === 'chooser') {
      if (this.chosen !== id) await this.choose(id);
      else this.bringIntoView(id);
      this.renderRoot.querySelector<HTMLElement>(`#c-${id}`)?.focus({ preventScroll: true });
      return;
    }
    if (this.layout === 'compact' && !this.stepsOpen.has(id)) this.toggleSteps(id);
    await this.updateComplete;
    this.renderRoot.querySelector(`#vl-situation-${id}`)?.scrollIntoView({ block: 'start' });
  }

  /**
   * Leaves: fires `vl-quick-exit`, and unless it is cancelled, covers the page at once (a modal dialog in the
   * top layer, so nothing of the page shows nor takes focus while the next one loads) and replaces the page,
   * leaving no history entry to come back to. Called by the button and by the page-wide Shift presses.
   * @internal
   */
  quickExit(via: QuickExitVia): void {
    const { href } = this.exit;
    if (!href) return;
    if (!this.dispatchEvent(new VlQuickExitEvent({ href, via }))) return;
    const cover = this.renderRoot.querySelector('dialog');
    if (cover && !cover.open) cover.showModal();
    (this.ownerDocument.defaultView ?? window).location.replace(href);
  }

  /** Shift presses counted by the page-wide listener: the dots, and what a screen reader hears. @internal */
  quickExitProgress(count: number, expired: boolean): void {
    this.presses = count;
    this.status = this.inLocale(() =>
      count === 1
        ? msg('Maj : encore 2 fois pour quitter.', { id: 'emergency.pressTwoMore' })
        : count === 2
          ? msg('Maj : encore 1 fois pour quitter.', { id: 'emergency.pressOneMore' })
          : expired
            ? msg('Sortie rapide annulée.', { id: 'emergency.pressExpired' })
            : '',
    );
  }

  /** Back on a page restored from the back-forward cache: no cover left over it (as GOV.UK does). */
  private uncover = (event: PageTransitionEvent): void => {
    if (event.persisted) this.renderRoot.querySelector('dialog')?.close();
  };

  /**
   * Shift ×3 listens while a quick exit is on screen. The colours are read after the next paint, when styles
   * are already computed: read during the render, getComputedStyle forced a style pass of the whole page.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.exit.href && this.shownAboutViolence()) armQuickExit(this);
    else disarmQuickExit(this);
    this.contrastChecked = new Promise((done) =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.checkContrast();
          done();
        }),
      ),
    );
  }

  /** Whether a situation about violence is on screen (in the chooser: chosen). */
  private shownAboutViolence(): boolean {
    return this.layout === 'chooser' ? isAboutViolence(this.chosen) : this.shown.some((s) => isAboutViolence(s.id));
  }

  /**
   * Reads each colour pair as computed colours (hidden probes in the shadow root resolve names
   * and var()s). Under 4.5:1 the probe is marked `low`, which gives the whole card that pair's
   * default (styles), with one warning.
   */
  private checkContrast(): void {
    for (const { name, fallback, tokens } of probes) {
      const probe = this.renderRoot.querySelector(`.probe.${name}`);
      if (!probe) continue;
      const { color, backgroundColor } = getComputedStyle(probe);
      const ratio = contrast(color, backgroundColor) ?? 21;
      if (probe.classList.toggle('low', ratio < 4.5)) {
        this.warn(
          'vl-low-contrast',
          `${tokens} ${color} / ${backgroundColor}: ${ratio.toFixed(2)}:1 < 4.5:1; using ${fallback}`,
        );
      }
    }
  }

  /** Complete once the colours are checked too (tests and tools await it). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.contrastChecked;
    return result;
  }

  /** The plain name of a situation: its `choice`, else its title. */
  private nameOf(s: EmergencySituation): string {
    return this.t(s.choice) || this.t(s.title) || s.id;
  }

  /**
   * A tap-to-call (or SMS) link: "Appeler le 115", then the number digit by digit for screen readers.
   * `short` (compact): the number alone shows, "Appeler le" is read but not shown.
   */
  private call(phone: string | undefined, sms?: boolean, short?: boolean) {
    const href = phone && (sms ? smsHref(phone) : safeHref(telHref(phone), this));
    if (!href) return nothing;
    const spoken = html`<span class="visually-hidden">, ${spokenNumber(phone)}</span>`;
    // In Arabic the number keeps its left-to-right order inside the sentence.
    const number = leftToRight(phone, this.locale);
    if (sms)
      return html`<a class="call" part="call" href=${href}
        >${msg(str`Envoyer un SMS au ${number}`, { id: 'emergency.sms' })}${spoken}</a
      >`;
    if (short)
      return html`<a class="call" part="call" href=${href}
        ><span class="visually-hidden">${msg('Appeler le', { id: 'emergency.callLead' })} </span>${number}${spoken}</a
      >`;
    return html`<a class="call" part="call" href=${href}
      >${msg(str`Appeler le ${number}`, { id: 'emergency.call' })}${spoken}</a
    >`;
  }
}

/** Adds a fact's source to a sources line, once per name, keeping the first link and a date. */
function cite(sources: Map<string, (string | undefined)[]>, name: string, { sourceUrl, verifiedOn }: Fact): void {
  const text = name || sourceUrl;
  if (!text) return;
  const [url, date] = sources.get(text) ?? [sourceUrl];
  sources.set(text, [url, date || verifiedOn]);
}
