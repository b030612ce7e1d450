import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import { VlElement, baseStyles, formatLongDate, safeHref, smsHref, telHref } from '@voix-logement/core';
import type { EmergencyContact, LocalizedText } from '@voix-logement/content';
import { nationalEmergency, emergencySection, type NationalSections } from '@voix-logement/content';
import { chooseSituations, contactsFor, spokenNumber } from './emergency.js';
import { contrast } from './contrast.js';
import { parseIsoDate, winterTruce } from './truce.js';
import { styles } from './vl-emergency.styles.js';

/** What a situation or contact says of its source. */
type Fact = { source?: LocalizedText; sourceUrl?: string; verifiedOn?: string; unconfirmed?: boolean };

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
  /** The national situations and numbers. */
  protected static override national: NationalSections = { emergency: nationalEmergency };
  protected static override packSections = [emergencySection];

  static override properties: PropertyDeclarations = {
    situations: {},
    variant: {},
    today: {},
  };

  /**
   * Comma list of situation ids to show, in that order: `no-roof`, `eviction`, `violence`,
   * `rent-debt`, `unfit-housing`, `discrimination` (and any a pack adds). Empty: all.
   * An unknown id is skipped with a `vl-unknown-id` warning.
   */
  situations = '';

  /**
   * `card` (default: actions, contacts with details, sources) or `compact` (headings and call buttons,
   * for sidebars).
   */
  variant: 'card' | 'compact' = 'card';

  /**
   * The date seasonal facts (the winter truce) are computed from, ISO format
   * (`2026-11-23`). Default: the reader's today. For previews and tests.
   */
  today = '';

  override render() {
    const compact = this.oneOf('variant', this.variant, ['card', 'compact'], 'card') === 'compact';
    const date = parseIsoDate(this.today);
    if (this.today && !date)
      this.warn('vl-invalid-attribute', `today="${this.today}" is not a date like 2026-11-23; using today`);
    const { situations = [], contacts = [] } = this.content.emergency;
    const { shown, unknown } = chooseSituations(this.situations, situations);
    // A pack may define more ids: do not warn before it has arrived.
    if (this.contentStatus !== 'loading') {
      for (const id of unknown)
        this.warn(
          'vl-unknown-id',
          `situations: "${id}" is not one of ${situations.map((s) => s.id).join(', ')}; skipped`,
        );
    }
    /** The card's sources, once each, in order: name → [link, date checked]. */
    const sources = new Map<string, (string | undefined)[]>();
    const cite = ({ source, sourceUrl, verifiedOn }: Fact) => {
      const text = this.t(source) || sourceUrl;
      const [url, date] = sources.get(text!) ?? [sourceUrl];
      if (text) sources.set(text, [url, date || verifiedOn]);
    };
    const list = (items: EmergencyContact[], label: string) =>
      items.length
        ? html`${compact ? nothing : this.renderHeading(this.level + 2, label)}
            <ul class="contacts" part="contacts" aria-label=${label}>
              ${items.map((c) => {
                cite(c);
                const facts = [
                  c.free && msg('Gratuit', { id: 'emergency.free' }),
                  c.alwaysOpen && msg('24 h/24, 7 j/7', { id: 'emergency.alwaysOpen' }),
                  this.t(c.hours),
                ].filter(Boolean);
                return html`<li class="contact" part="contact">
                  <span class="name">${this.t(c.name)}${this.flag(c)}</span>
                  ${!compact && c.description ? html`<span>${this.t(c.description)}</span>` : nothing}
                  ${facts.length ? html`<span class="facts">${facts.join(' · ')}</span>` : nothing}
                  ${this.call(c.phone)}${this.call(c.sms, true)}
                </li>`;
              })}
            </ul>`
        : nothing;
    const truce = winterTruce(date ?? new Date());
    const day = this.formatDate(truce.date);

    return html`<section class="root ${compact ? 'compact' : 'card'}" lang=${this.locale}>
      <i class="probe" hidden></i>
      ${this.renderTitle(msg('Que faire en urgence ?', { id: 'emergency.title' }))}
      ${shown.map((s) => {
        const { id } = s;
        cite(s);
        return html`<section class="situation" part="situation" aria-labelledby="s-${id}">
          ${this.renderHeading(this.level + 1, html`${this.t(s.title) || id}${this.flag(s)}`, `s-${id}`, 'situation-title')}
          ${
            id === 'eviction'
              ? html`<p class="note" part="season">
                  ${
                    truce.active
                      ? msg(str`Trêve d'hiver : les expulsions sont suspendues jusqu'au ${day} inclus.`, {
                          id: 'emergency.truceOn',
                        })
                      : msg(
                          str`Ce n'est pas la trêve d'hiver : une expulsion peut avoir lieu. La prochaine trêve commence le ${day}.`,
                          { id: 'emergency.truceOff' },
                        )
                  }
                  ${
                    truce.active && !compact
                      ? msg(
                          "Avec des dettes de loyer, vous restez protégé. Pas de coupure d'énergie ni d'eau. Exceptions : un relogement est assuré pour toute la famille, ou le logement est squatté.",
                          { id: 'emergency.truceDetails' },
                        )
                      : ''
                  }
                </p>`
              : nothing
          }
          ${
            !compact && s.actions?.length
              ? html`<ol class="actions" part="actions">
                  ${s.actions.map((a) => html`<li>${this.t(a)}</li>`)}
                </ol>`
              : nothing
          }
          ${
            s.gap
              ? html`<p class="note" part="gap">
                  <strong>${msg('Information manquante :', { id: 'emergency.gap' })}</strong> ${this.t(s.gap)}
                </p>`
              : nothing
          }
          ${
            id === 'violence' && !compact
              ? html`<p class="note">
                  ${msg("Cette page peut rester dans l'historique du navigateur. La navigation privée n'en garde pas de trace.", { id: 'emergency.privacy' })}
                </p>`
              : nothing
          }
          ${list(contactsFor(id, contacts, false), msg('Qui appeler', { id: 'emergency.whoToCall' }))}
          ${list(contactsFor(id, contacts, true), msg('Près de chez vous', { id: 'emergency.nearYou' }))}
        </section>`;
      })}
      ${
        compact || !sources.size
          ? nothing
          : html`<p class="sources" part="sources">
              ${msg('Sources :', { id: 'emergency.sources' })}
              ${[...sources].map(([text, [url, verifiedOn]], i) => {
                const href = safeHref(url, this);
                const checked = parseIsoDate(verifiedOn);
                return html`${i ? '; ' : ''}${href ? html`<a href=${href}>${text}</a>` : text}${
                  checked
                    ? ` (${msg(str`vérifié le ${this.formatDate(checked)}`, { id: 'emergency.verifiedOn' })})`
                    : ''
                }`;
              })}.
            </p>`
      }
    </section>`;
  }

  private contrastChecked: Promise<void> = Promise.resolve();

  /**
   * Reads the host's --vl-color-primary / --vl-color-on-primary as computed colours (a
   * hidden probe in the shadow root resolves names and var()s). Under 4.5:1 the probe is
   * marked `low`, which gives the whole card the default pair (styles), with one warning.
   * Read after the next paint, when styles are already computed: read during the render,
   * getComputedStyle forced a style pass of the whole page (about 50 ms).
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.contrastChecked = new Promise((done) =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          const probe = this.renderRoot.querySelector('.probe');
          if (probe) {
            const { color, backgroundColor } = getComputedStyle(probe);
            const ratio = contrast(color, backgroundColor) ?? 21;
            if (probe.classList.toggle('low', ratio < 4.5)) {
              this.warn(
                'vl-low-contrast',
                `--vl-color-primary ${color} / --vl-color-on-primary ${backgroundColor}: ${ratio.toFixed(2)}:1 < 4.5:1; using #1b4f8f / #fff`,
              );
            }
          }
          done();
        }),
      ),
    );
  }

  /** Complete once the colours are checked too (tests and tools await it). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.contrastChecked;
    return result;
  }

  private call(number: string | undefined, sms?: boolean) {
    const href = number && (sms ? smsHref(number) : safeHref(telHref(number), this));
    return href
      ? html`<a class="call" part="call" href=${href}
          >${sms ? msg(str`Envoyer un SMS au ${number}`, { id: 'emergency.sms' }) : msg(str`Appeler le ${number}`, { id: 'emergency.call' })}<span
            class="visually-hidden"
            >, ${spokenNumber(number)}</span
          ></a
        >`
      : nothing;
  }

  private flag(item: Fact) {
    return item.unconfirmed
      ? html` <span class="unconfirmed">${msg('(à vérifier)', { id: 'emergency.unconfirmed' })}</span>`
      : nothing;
  }

  private formatDate(date: Date): string {
    return formatLongDate(date, this.locale);
  }
}
