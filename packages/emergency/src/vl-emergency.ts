import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { VlElement, baseStyles, safeHref, smsHref, telHref } from '@voix-logement/core';
import type { EmergencyContact, EmergencySituation, LocalizedText } from '@voix-logement/content';
import { chooseSituations, contactsFor, spokenNumber } from './emergency.js';
import { contrastRatio, parseRgb, readable } from './contrast.js';
import { parseIsoDate, winterTruce } from './truce.js';
import { styles } from './vl-emergency.styles.js';

/** The default call-button colours of baseStyles, used when the host's pair is unreadable. */
const defaultPrimary = '#1b4f8f';
const defaultOnPrimary = '#ffffff';

interface Source {
  text: string;
  url?: string;
  verifiedOn?: string;
}

/**
 * What to do now, in a housing emergency: for each situation, one to three short actions,
 * then who to call — national numbers first, then the territory's local desks with their
 * opening hours. Numbers are tap-to-call links (114 is an SMS link: it takes no voice
 * call). During the winter truce (1 November to 31 March, computed from the date) the
 * eviction situation says evictions are suspended and until when.
 *
 * The call buttons use `--vl-color-primary` on `--vl-color-on-primary`; when that pair is
 * under 4.5:1 (WCAG 1.4.3) the element falls back to its default colours and warns
 * (`vl-low-contrast`).
 *
 * @tag vl-emergency
 * @tagname vl-emergency
 * @summary What to do in an emergency, with the right numbers.
 *
 * @csspart heading - The widget's title.
 * @csspart situation - One situation (a section).
 * @csspart situation-title - The situation's heading.
 * @csspart season - The winter-truce notice of the eviction situation.
 * @csspart actions - The numbered list of things to do now.
 * @csspart gap - A visible note saying what information is missing.
 * @csspart contacts - A list of contacts.
 * @csspart contact - One contact.
 * @csspart call - A tap-to-call (or SMS) link, at least 44 px high.
 * @csspart sources - The sources line (card variant).
 *
 * @cssproperty [--vl-color-primary=#1b4f8f] - Background of the call buttons, links.
 * @cssproperty [--vl-color-on-primary=#ffffff] - Text of the call buttons (checked against the primary colour).
 * @cssproperty [--vl-color-text=#1e1e1e] - Text colour.
 * @cssproperty [--vl-color-muted=#545454] - Secondary text (hours, sources).
 * @cssproperty [--vl-color-surface=#ffffff] - Background.
 * @cssproperty [--vl-color-border=#767676] - Borders.
 * @cssproperty [--vl-radius=0.25rem] - Corner radius.
 * @cssproperty [--vl-space=1rem] - Base spacing.
 */
export class VlEmergency extends VlElement {
  static override styles = [baseStyles, styles];

  /**
   * Comma list of situation ids to show, in that order: `no-roof`, `eviction`, `violence`,
   * `rent-debt`, `unfit-housing`, `discrimination` (and any a pack adds). Empty: all.
   * An unknown id is skipped with a `vl-unknown-id` warning.
   */
  @property() situations = '';

  /** `card` (default: actions, contacts with details, sources) or `compact` (headings and call buttons, for sidebars). */
  @property() variant = 'card';

  /**
   * The date seasonal facts (the winter truce) are computed from, ISO format
   * (`2026-11-23`). Default: the reader's today. For previews and tests.
   */
  @property() today = '';

  private shown: EmergencySituation[] = [];
  private compact = false;
  private date = new Date();
  private colourFallback = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('variant')) this.compact = this.oneOf('variant', this.variant, ['card', 'compact'], 'card') === 'compact';
    if (changed.has('today')) {
      const parsed = this.today ? parseIsoDate(this.today) : undefined;
      if (this.today && !parsed) this.warn('vl-invalid-attribute', `today="${this.today}" is not an ISO date (2026-11-23); using today's date`);
      this.date = parsed ?? new Date();
    }
    const all = this.content.emergency.situations ?? [];
    const choice = chooseSituations(this.situations, all.map((s) => s.id));
    // A pack may define more ids: do not warn before it has arrived.
    if (this.contentStatus !== 'loading') {
      for (const id of choice.unknown) {
        this.warn('vl-unknown-id', `situations: "${id}" is not a situation id (${all.map((s) => s.id).join(', ')}); skipped`);
      }
    }
    this.shown = choice.ids.map((id) => all.find((s) => s.id === id)).filter((s): s is EmergencySituation => !!s);
  }

  override render() {
    const sources: Source[] = [];
    return html`<section class="root ${this.compact ? 'compact' : 'card'}" lang=${this.locale} aria-labelledby="title">
      <span class="probe" aria-hidden="true"></span>
      ${this.renderTitle(msg('Que faire en urgence ?', { id: 'emergency.title' }))}
      ${this.shown.map((s) => this.renderSituation(s, sources))}
      ${this.compact ? nothing : this.renderSources(sources)}
    </section>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.checkContrast();
  }

  private renderSituation(situation: EmergencySituation, sources: Source[]): TemplateResult {
    const { id } = situation;
    const contacts = contactsFor(id, this.content.emergency.contacts ?? []);
    const sub = this.level + 2;
    this.collect(situation, sources);
    [...contacts.national, ...contacts.local].forEach((c) => this.collect(c, sources));
    return html`<section class="situation" part="situation" aria-labelledby="s-${id}">
      ${this.renderHeading(this.level + 1, html`${this.t(situation.title) || id}${this.flag(situation)}`, `s-${id}`, 'situation-title')}
      ${id === 'eviction' ? this.renderTruce() : nothing}
      ${!this.compact && situation.actions?.length
        ? html`<ol class="actions" part="actions">${situation.actions.map((a) => html`<li>${this.t(a)}</li>`)}</ol>`
        : nothing}
      ${situation.gap
        ? html`<p class="gap" part="gap"><strong>${msg('Information manquante :', { id: 'emergency.gap' })}</strong> ${this.t(situation.gap)}</p>`
        : nothing}
      ${id === 'violence' && !this.compact
        ? html`<p class="privacy">${msg("Cette page peut rester dans l'historique du navigateur. Une fenêtre de navigation privée ne garde pas l'historique.", { id: 'emergency.privacy' })}</p>`
        : nothing}
      ${this.renderContacts(contacts.national, sub, `n-${id}`, msg('Qui appeler', { id: 'emergency.whoToCall' }))}
      ${this.renderContacts(contacts.local, sub, `l-${id}`, msg('Près de chez vous', { id: 'emergency.nearYou' }))}
    </section>`;
  }

  private renderTruce(): TemplateResult {
    const truce = winterTruce(this.date);
    if (!truce.active) {
      const start = this.formatDate(truce.nextStart);
      return html`<p class="season" part="season">
        <strong>${msg("Ce n'est pas la trêve d'hiver :", { id: 'emergency.truceOff' })}</strong>
        ${msg(str`une expulsion peut avoir lieu. La prochaine trêve commence le ${start}.`, { id: 'emergency.truceNext' })}
      </p>`;
    }
    const until = this.formatDate(truce.until);
    return html`<p class="season" part="season">
      <strong>${msg("Trêve d'hiver :", { id: 'emergency.truceOn' })}</strong>
      ${msg(str`les expulsions sont suspendues jusqu'au ${until} inclus.`, { id: 'emergency.truceUntil' })}
      ${this.compact
        ? nothing
        : html`${msg("Exceptions : un relogement est assuré pour toute la famille, ou la personne est entrée chez quelqu'un par la force, la menace ou la ruse (squat). Un locataire qui a des dettes de loyer reste protégé. Pendant la trêve, pas de coupure d'énergie ni d'eau dans la résidence principale.", { id: 'emergency.truceDetails' })}`}
    </p>`;
  }

  private renderContacts(contacts: EmergencyContact[], level: number, id: string, label: string): TemplateResult | typeof nothing {
    if (!contacts.length) return nothing;
    return html`${this.compact ? nothing : this.renderHeading(level, label, id, '', 'contacts-title')}
      <ul class="contacts" part="contacts" aria-labelledby=${this.compact ? nothing : id} aria-label=${this.compact ? label : nothing}>
        ${contacts.map((c) => this.renderContact(c))}
      </ul>`;
  }

  private renderContact(contact: EmergencyContact): TemplateResult {
    const facts = [
      contact.free ? msg('Gratuit', { id: 'emergency.free' }) : '',
      contact.alwaysOpen ? msg('24 h/24, 7 j/7', { id: 'emergency.alwaysOpen' }) : '',
      this.t(contact.hours),
    ].filter(Boolean);
    return html`<li class="contact" part="contact">
      <span class="name">${this.t(contact.name)}${this.flag(contact)}</span>
      ${!this.compact && contact.description ? html`<span class="description">${this.t(contact.description)}</span>` : nothing}
      ${facts.length ? html`<span class="facts">${facts.join(' · ')}</span>` : nothing}
      ${contact.phone ? this.renderCall(contact.phone) : nothing}
      ${contact.sms ? this.renderSms(contact.sms) : nothing}
    </li>`;
  }

  private renderCall(phone: string): TemplateResult | typeof nothing {
    const href = safeHref(telHref(phone), this, 'emergency contact phone');
    if (!href) return nothing;
    return html`<a class="call" part="call" href=${href}
      >${msg(str`Appeler le ${phone}`, { id: 'emergency.call' })}<span class="visually-hidden">, ${spokenNumber(phone)}</span></a
    >`;
  }

  private renderSms(number: string): TemplateResult {
    return html`<a class="call" part="call" href=${smsHref(number)}
      >${msg(str`Envoyer un SMS au ${number}`, { id: 'emergency.sms' })}<span class="visually-hidden">, ${spokenNumber(number)}</span></a
    >`;
  }

  private renderSources(sources: Source[]): TemplateResult | typeof nothing {
    if (!sources.length) return nothing;
    const items = sources.map((s, i) => {
      const href = safeHref(s.url, this, 'emergency source');
      const checked = s.verifiedOn ? parseIsoDate(s.verifiedOn) : undefined;
      return html`${i ? '; ' : ''}${href ? html`<a href=${href}>${s.text}</a>` : s.text}${checked
        ? ` (${msg(str`vérifié le ${this.formatDate(checked)}`, { id: 'emergency.verifiedOn' })})`
        : ''}`;
    });
    return html`<p class="sources" part="sources">${msg('Sources :', { id: 'emergency.sources' })} ${items}.</p>`;
  }

  /** Adds an item's source to the footer list, once per source. */
  private collect(item: { source?: LocalizedText; sourceUrl?: string; verifiedOn?: string }, sources: Source[]): void {
    const text = this.t(item.source) || item.sourceUrl;
    if (!text) return;
    const known = sources.find((s) => s.text === text && s.url === item.sourceUrl);
    if (!known) sources.push({ text, url: item.sourceUrl, verifiedOn: item.verifiedOn });
    else if (item.verifiedOn && !known.verifiedOn) known.verifiedOn = item.verifiedOn;
  }

  private flag(item: { unconfirmed?: boolean }): TemplateResult | typeof nothing {
    return item.unconfirmed ? html` <span class="unconfirmed">${msg('(à vérifier)', { id: 'emergency.unconfirmed' })}</span>` : nothing;
  }

  private formatDate(date: Date): string {
    const text = new Intl.DateTimeFormat(this.locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
    return this.locale === 'fr' ? text.replace(/^1 /, '1er ') : text;
  }

  /**
   * Reads the host's --vl-color-primary / --vl-color-on-primary as computed colours (a
   * probe in the shadow root resolves names and var()s) and, under 4.5:1, sets the
   * default pair as private properties on the host, with one warning.
   */
  private checkContrast(): void {
    const probe = this.renderRoot.querySelector('.probe');
    if (!probe) return;
    const { color, backgroundColor } = getComputedStyle(probe);
    const low = readable(color, backgroundColor) === false;
    if (low) {
      const host = getComputedStyle(this);
      const fg = parseRgb(color);
      const bg = parseRgb(backgroundColor);
      const ratio = fg && bg ? contrastRatio(fg, bg).toFixed(2) : '?';
      this.warn(
        'vl-low-contrast',
        `--vl-color-primary (${host.getPropertyValue('--vl-color-primary').trim() || color}) and --vl-color-on-primary (${host.getPropertyValue('--vl-color-on-primary').trim() || backgroundColor}) contrast ${ratio}:1, under 4.5:1 (or not opaque); using the default colours ${defaultPrimary} / ${defaultOnPrimary}`,
      );
    }
    if (low === this.colourFallback) return;
    this.colourFallback = low;
    if (low) {
      this.style.setProperty('--vl-_primary', defaultPrimary);
      this.style.setProperty('--vl-_on-primary', defaultOnPrimary);
    } else {
      this.style.removeProperty('--vl-_primary');
      this.style.removeProperty('--vl-_on-primary');
    }
  }
}
