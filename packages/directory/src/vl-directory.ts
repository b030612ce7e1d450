import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { VlElement, baseStyles, foldForSearch, pluralCategory, safeHref, telHref } from '@voix-logement/core';
import { addressLine, filterEntries, keyText, mapHref, serviceName, sortedUnique, toEntries, type Entry } from './directory.js';
import { holidayHours, hoursStatus, weekSummary, type Interval } from './hours.js';
import { styles } from './vl-directory.styles.js';

const dayNames = new Map<string, string[]>();

/** Entries rendered at first and added by "show more": keeps a keystroke within one frame. */
export const pageSize = 24;

/**
 * Who does what near you: the territory's partners (social landlords, CCAS,
 * associations, ADIL, State services, the intercommunality), from the content pack,
 * with a search box, filters by type, commune and service, and each partner's
 * address, hours (open now or not, Paris time), phone, email and website.
 * Partners come only from the pack (`content-src`); without one, the element says so.
 *
 * @tag vl-directory
 * @tagname vl-directory
 * @summary Who does what near you: the territory's partners, searchable.
 * @csspart heading - The widget's title.
 * @csspart filters - The search form (search box and filters).
 * @csspart count - The number of partners found (announced to screen readers).
 * @csspart list - The list of partners (`ul`).
 * @csspart entry - One partner (`li`).
 * @csspart entry-name - A partner's name (a heading one level below the title).
 * @csspart status - "Open now · closes at 5 pm" / "Closed · opens Monday at 9 am".
 * @csspart more - The "show more" button.
 * @csspart empty - The message shown when nothing matches, or no partner is loaded.
 * @cssproperty [--vl-color-primary=#1b4f8f] - Links, focus ring, buttons.
 * @cssproperty [--vl-color-border=#767676] - Borders of the fields and entries.
 * @cssproperty [--vl-color-muted=#545454] - Secondary text (type, communes served).
 */
export class VlDirectory extends VlElement {
  static override styles = [baseStyles, styles];

  /** Comma list of partner types to show: `landlord`, `ccas`, `association`, `adil`, `state`, `intercommunality`, or a type the pack defines. Default: all. */
  @property() types = '';

  /** A commune preset in the commune filter (the reader can change it). */
  @property() commune = '';

  /** `list` (default): one partner a line · `grid`: cards, in columns when the container is wide enough. */
  @property() layout = 'list';

  @state() private query = '';
  @state() private typeChoice = '';
  /** undefined: follow the `commune` attribute. */
  @state() private communeChoice?: string;
  @state() private serviceChoice = '';
  @state() private limit = pageSize;

  private entries: Entry[] = [];
  private results: Entry[] = [];
  private allowedTypes: string[] = [];
  private typeOptions: { id: string; label: string }[] = [];
  private communeOptions: string[] = [];
  private serviceOptions: { key: string; label: string }[] = [];
  private presetCommune = '';
  private territoryKeys: string[] = [];
  private focusFrom = -1;
  private builtFor: [unknown, string] = [undefined, ''];
  private timer?: ReturnType<typeof setInterval>;
  /** The moment of this render: one clock reading for every partner's hours. */
  private now = new Date();

  override connectedCallback(): void {
    super.connectedCallback();
    // "Open now" must not go stale on a page left open.
    this.timer = setInterval(() => this.requestUpdate(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const loaded = this.contentStatus !== 'loading';
    if (this.builtFor[0] !== this.content || this.builtFor[1] !== this.locale) {
      this.builtFor = [this.content, this.locale];
      const { entries, warnings } = toEntries(this.content.partners, this.content.partnerTypes);
      this.entries = entries;
      for (const w of warnings) this.warn('vl-pack-invalid', w);
      const services = new Map<string, string>();
      for (const e of entries)
        for (const s of e.partner.services ?? []) {
          const name = serviceName(s);
          services.set(foldForSearch(keyText(name)), this.t(name));
        }
      this.serviceOptions = [...services].map(([key, label]) => ({ key, label })).sort((a, b) => a.label.localeCompare(b.label, this.locale));
      this.territoryKeys = (this.content.territory?.communes ?? []).map(foldForSearch);
      this.communeOptions = sortedUnique([...(this.content.territory?.communes ?? []), ...entries.flatMap((e) => e.communes)]);
    }
    const known = new Set([...this.content.partnerTypes.map((t) => t.id), ...this.entries.map((e) => e.type)]);
    const asked = this.types.split(',').map((t) => t.trim()).filter(Boolean);
    if (loaded) {
      for (const t of asked.filter((t) => !known.has(t))) {
        this.warn('vl-invalid-attribute', `types: "${t}" is not a partner type (${[...known].join(', ')}); ignored`);
      }
    }
    this.allowedTypes = asked.filter((t) => known.has(t));
    const present = new Set(this.entries.map((e) => e.type));
    const labels = new Map(this.content.partnerTypes.map((t) => [t.id, this.t(t.label)]));
    this.typeOptions = [...new Set([...labels.keys(), ...present])]
      .filter((id) => present.has(id) && (!this.allowedTypes.length || this.allowedTypes.includes(id)))
      .map((id) => ({ id, label: labels.get(id) ?? id }));
    const preset = this.commune.trim();
    this.presetCommune = preset ? (this.communeOptions.find((c) => foldForSearch(c) === foldForSearch(preset)) ?? '') : '';
    if (preset && !this.presetCommune && loaded && this.entries.length) {
      this.warn('vl-invalid-attribute', `commune="${preset}" is not a commune of the pack; showing every commune`);
    }
    if (changed.has('commune')) this.communeChoice = undefined;
    this.results = filterEntries(this.entries, {
      query: this.query,
      types: this.allowedTypes,
      type: this.typeChoice,
      commune: this.communeChoice ?? this.presetCommune,
      service: this.serviceChoice,
    });
  }

  protected override updated(): void {
    if (this.focusFrom < 0) return;
    const name = this.renderRoot.querySelectorAll<HTMLElement>('.name')[this.focusFrom];
    this.focusFrom = -1;
    if (!name) return;
    name.tabIndex = -1; // a heading takes focus only when the reader asked for more
    name.focus();
  }

  override render() {
    const layout = this.oneOf('layout', this.layout, ['list', 'grid'] as const, 'list');
    this.now = new Date();
    return html`<section class="root" lang=${this.locale} aria-labelledby="title">
      ${this.renderTitle(msg('Qui fait quoi près de chez vous', { id: 'directory.title' }))}
      ${this.entries.length
        ? html`${this.renderFilters()}${this.renderResults(layout)}`
        : html`<p class="empty" part="empty">
            ${this.contentStatus === 'loading'
              ? msg('Chargement des partenaires…', { id: 'directory.loading' })
              : msg('La liste des partenaires vient de votre territoire, dans son fichier de contenu (pack). Aucun partenaire n’est chargé ici.', { id: 'directory.noPack' })}
          </p>`}
    </section>`;
  }

  private renderFilters(): TemplateResult {
    const commune = this.communeChoice ?? this.presetCommune;
    const select = (id: string, label: string, all: string, value: string, options: { value: string; label: string }[], set: (v: string) => void) =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        <select id=${id} @change=${(e: Event) => { set((e.target as HTMLSelectElement).value); this.limit = pageSize; }}>
          <option value="" ?selected=${!value}>${all}</option>
          ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
        </select>
      </div>`;
    return html`<form class="filters no-print" part="filters" role="search" aria-label=${msg('Chercher un partenaire', { id: 'directory.searchForm' })} @submit=${(e: Event) => e.preventDefault()}>
      <div class="field search">
        <label for="q">${msg('Nom, ville ou besoin', { id: 'directory.searchLabel' })}</label>
        <input id="q" type="search" autocomplete="off" .value=${this.query} @input=${this.onInput} />
      </div>
      ${this.typeOptions.length > 1
        ? select('type', msg('Type', { id: 'directory.typeLabel' }), msg('Tous les types', { id: 'directory.allTypes' }), this.typeChoice,
            this.typeOptions.map((t) => ({ value: t.id, label: t.label })), (v) => (this.typeChoice = v))
        : nothing}
      ${select('commune', msg('Commune', { id: 'directory.communeLabel' }), msg('Toutes les communes', { id: 'directory.allCommunes' }), commune,
        this.communeOptions.map((c) => ({ value: c, label: c })), (v) => (this.communeChoice = v))}
      ${this.serviceOptions.length
        ? select('service', msg('Service', { id: 'directory.serviceLabel' }), msg('Tous les services', { id: 'directory.allServices' }), this.serviceChoice,
            this.serviceOptions.map((s) => ({ value: s.key, label: s.label })), (v) => (this.serviceChoice = v))
        : nothing}
    </form>`;
  }

  private onInput(e: Event): void {
    this.query = (e.target as HTMLInputElement).value;
    this.limit = pageSize;
  }

  private renderResults(layout: string): TemplateResult {
    const n = this.results.length;
    const shown = this.results.slice(0, this.limit);
    const count =
      pluralCategory(n, this.locale) === 'one'
        ? msg(str`${n} partenaire trouvé`, { id: 'directory.count.one' })
        : msg(str`${n} partenaires trouvés`, { id: 'directory.count.other' });
    return html`<p class="count" part="count" role="status">${count}</p>
      ${n
        ? html`<ul class=${layout} part="list">
              ${repeat(shown, (e) => e.partner.id, (e) => this.renderEntry(e))}
            </ul>
            ${n > shown.length
              ? html`<button type="button" class="more no-print" part="more" @click=${this.showMore}>
                  ${msg(str`Afficher la suite (${shown.length} sur ${n})`, { id: 'directory.more' })}
                </button>`
              : nothing}`
        : html`<div class="empty" part="empty">
            <p>${msg('Essayez un autre mot, un mot plus court, ou moins de filtres.', { id: 'directory.tryHint' })}</p>
            <button type="button" @click=${this.reset}>${msg('Effacer la recherche et les filtres', { id: 'directory.reset' })}</button>
          </div>`}`;
  }

  private showMore(): void {
    this.focusFrom = this.limit;
    this.limit += pageSize;
  }

  private reset(): void {
    this.query = '';
    this.typeChoice = '';
    this.serviceChoice = '';
    this.communeChoice = '';
    this.limit = pageSize;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus());
  }

  private renderEntry(e: Entry): TemplateResult {
    const p = e.partner;
    const label = this.content.partnerTypes.find((t) => t.id === e.type);
    const map = mapHref(p, this.content.territory?.mapUrl, this);
    const address = addressLine(p);
    const site = safeHref(p.site_web, this, `site_web of ${p.id}`);
    const mail = p.courriel ? safeHref(`mailto:${p.courriel}`, this, `courriel of ${p.id}`) : undefined;
    const all = this.territoryKeys;
    const everywhere = all.length && all.every((c) => e.communeKeys.includes(c));
    const row = (term: string, value: unknown) => html`<dt>${term}</dt><dd>${value}</dd>`;
    return html`<li class="entry" part="entry">
      ${this.renderHeading(this.level + 1, this.t(p.nom), '', 'entry-name', 'name')}
      ${e.type ? html`<p class="type">${label ? this.t(label.label) : e.type}</p>` : nothing}
      ${p.description ? html`<p>${this.t(p.description)}</p>` : nothing}
      ${p.services?.length
        ? html`<p class="what">${msg('Ce qu’ils font pour vous :', { id: 'directory.services' })}</p>
            <ul class="services">${p.services.map((s) => html`<li>${this.t(serviceName(s))}</li>`)}</ul>`
        : nothing}
      <dl>
        ${address
          ? row(msg('Adresse', { id: 'directory.address' }), map
              ? html`<a class="map" href=${map} target="_blank" rel="noopener noreferrer">${address}<span class="visually-hidden">
                    ${msg('(carte, ouvre un nouvel onglet)', { id: 'directory.newTab' })}</span></a>`
              : address)
          : nothing}
        ${e.communes.length
          ? row(msg('Communes servies', { id: 'directory.communes' }),
              everywhere ? msg('Toutes les communes du territoire', { id: 'directory.everywhere' }) : e.communes.join(', '))
          : nothing}
        ${e.hours ? row(msg('Horaires', { id: 'directory.hours' }), this.renderHours(e)) : nothing}
        ${p.telephone ? row(msg('Téléphone', { id: 'directory.phone' }), html`<a href=${telHref(p.telephone)}>${p.telephone}</a>`) : nothing}
        ${mail ? row(msg('Courriel', { id: 'directory.email' }), html`<a href=${mail}>${p.courriel}</a>`) : nothing}
        ${site ? row(msg('Site web', { id: 'directory.website' }), html`<a href=${site}>${site.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}</a>`) : nothing}
        ${p.accessibilite ? row(msg('Accessibilité', { id: 'directory.access' }), this.t(p.accessibilite)) : nothing}
      </dl>
    </li>`;
  }

  private renderHours(e: Entry): TemplateResult | string {
    const parsed = e.parsedHours;
    if (!parsed?.ok) return e.hours ?? '';
    const schedule = parsed.schedule;
    const status = hoursStatus(schedule, this.now);
    const next = status.next;
    const t = next ? this.time(next.minute) : '';
    const d = next ? this.day(next.weekday) : '';
    const text = status.always
      ? msg('Ouvert 24 h sur 24, 7 jours sur 7', { id: 'directory.always' })
      : !next
        ? msg('Fermé', { id: 'directory.closed' })
        : status.open
          ? next.inDays === 0
            ? msg(str`Ouvert maintenant · ferme à ${t}`, { id: 'directory.closesAt' })
            : next.inDays === 1
              ? msg(str`Ouvert maintenant · ferme demain à ${t}`, { id: 'directory.closesTomorrow' })
              : msg(str`Ouvert maintenant · ferme ${d} à ${t}`, { id: 'directory.closesOn' })
          : next.inDays === 0
            ? msg(str`Fermé · ouvre à ${t}`, { id: 'directory.opensAt' })
            : next.inDays === 1
              ? msg(str`Fermé · ouvre demain à ${t}`, { id: 'directory.opensTomorrow' })
              : msg(str`Fermé · ouvre ${d} à ${t}`, { id: 'directory.opensOn' });
    if (schedule.always) return html`<p class="status open" part="status">${text}</p>`;
    const ph = holidayHours(schedule);
    return html`<p class="status ${status.open ? 'open' : 'closed'}" part="status">${text}</p>
      <ul class="week">
        ${weekSummary(schedule).map(
          (line) => this.weekLine(line.to !== line.from ? `${this.day(line.from)} – ${this.day(line.to)}` : this.day(line.from), line.intervals),
        )}
        ${ph ? this.weekLine(msg('Jours fériés', { id: 'directory.holidays' }), ph) : nothing}
      </ul>`;
  }

  private weekLine(days: string, list: Interval[]): TemplateResult {
    const hours = this.intervals(list);
    return html`<li>${msg(str`${days} : ${hours}`, { id: 'directory.weekLine' })}</li>`;
  }

  private intervals(list: Interval[]): string {
    return list.length
      ? list.map(([s, e]) => (s === 0 && e === 1440 ? msg('toute la journée', { id: 'directory.allDay' }) : `${this.time(s)} – ${this.time(e)}`)).join(', ')
      : msg('fermé', { id: 'directory.closedDay' });
  }

  /** 540 → "9 h" (fr) or "9:00" (en); 1530 → "1 h 30" the next day. */
  private time(minute: number): string {
    const h = Math.floor(minute / 60) % 24;
    const m = String(minute % 60).padStart(2, '0');
    return this.locale === 'fr' ? `${h} h${m === '00' ? '' : ` ${m}`}` : `${h}:${m}`;
  }

  /** 0 → "lundi" / "Monday" (formatters are slow to create: one per locale). */
  private day(weekday: number): string {
    let names = dayNames.get(this.locale);
    if (!names) {
      const format = new Intl.DateTimeFormat(this.locale, { weekday: 'long', timeZone: 'UTC' });
      dayNames.set(this.locale, (names = [0, 1, 2, 3, 4, 5, 6].map((d) => format.format(Date.UTC(2024, 0, 1 + d)))));
    }
    return names[weekday]!;
  }
}
