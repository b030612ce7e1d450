import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import {
  VlElement,
  baseStyles,
  compareFolded,
  foldForSearch,
  formatLongDate,
  pluralMessage,
  safeHref,
  telHref,
  weekdayName,
  yieldToMain,
  type PackChecker,
} from '@voix-logement/core';
import {
  addressLine,
  filterEntries,
  mapHref,
  serviceName,
  entriesBuilder,
  toEntries,
  type Entry,
  type Filters,
  type Normalized,
} from './directory.js';
import { holidayHours, hoursStatus, weekSummary, type Schedule } from './hours.js';
import type { ResolvedContent } from '@voix-logement/content';
import {
  checkPackInSteps,
  nationalPartnerTypes,
  partnerTypesSection,
  partnersSection,
  type NationalSections,
} from '@voix-logement/content';
import { styles } from './vl-directory.styles.js';

/** Entries rendered at first and added by "show more": keeps a keystroke within one frame. */
export const pageSize = 24;
/** Partners made entries in one task when a pack arrives (a few ms each batch, cold). */
export const partnersPerTask = 250;

/** Above this many partners, printing asks first: 2,000 partners would be a book, not a sheet. */
export const printMax = 50;

/**
 * Who does what near you: the territory's partners (social landlords, CCAS,
 * associations, ADIL, State services, the intercommunality), from the content pack,
 * with a search box, filters by type, commune and service, and each partner's
 * address, hours (open now or not, Paris time), phone, email and website.
 * Partners come only from the pack (`content-src`); without one, the element says so.
 * Printing gives a sheet for the front desk: the partners of the current search as a table
 * (name, what they do, address, phone, the week's hours; no "open now", false once on paper),
 * the filters applied and the date at the top. "Imprimer la liste" asks first above 50 partners
 * and offers to narrow the search; the browser's own print command then prints the first 50.
 * The fragment `#vl-directory` brings the filters into view (focus on the commune), and
 * `#vl-partner-<id>` shows that partner (the links of `vl-questions`).
 *
 * @tag vl-directory
 * @tagname vl-directory
 * @summary Who does what near you: the territory's partners, searchable.
 * @widget Qui fait quoi : l’annuaire des partenaires
 * @widgetHelp Les partenaires du territoire : qui fait quoi, où, quand, comment les joindre.
 * @csspart heading - The widget's title.
 * @csspart filters - The search form (search box and filters).
 * @csspart count - The number of partners found (announced to screen readers).
 * @csspart list - The list of partners (`ul`).
 * @csspart entry - One partner (`li`).
 * @csspart entry-name - A partner's name (a heading one level below the title).
 * @csspart status - "Open now · closes at 5 pm" / "Closed · opens Monday at 9 am".
 * @csspart more - The "show more" button.
 * @csspart empty - The message shown when nothing matches, or no partner is loaded.
 * @csspart print - The "print the list" button.
 * @csspart print-confirm - The question asked before printing more than 50 partners.
 * @csspart sheet - The printed sheet (rendered while printing only).
 * @cssproperty [--vl-color-primary=#1b4f8f] - Links, focus ring, buttons.
 * @cssproperty [--vl-color-border=#767676] - Borders of the fields and entries.
 */
export class VlDirectory extends VlElement {
  static override styles = [baseStyles, styles];
  /** Partner types; the partners themselves only ever come from the pack. */
  protected static override national: NationalSections = { partnerTypes: nationalPartnerTypes, partners: [] };
  protected static override packSections = [partnerTypesSection, partnersSection];
  /** A territory may list 2,000 partners: checked a batch a task. */
  protected static override checkPack: PackChecker = checkPackInSteps;

  static override properties: PropertyDeclarations = {
    types: {},
    commune: {},
    layout: {},
    f: { state: true },
    printing: { state: true },
    asking: { state: true },
  };

  /**
   * Comma list of partner types to show: `landlord`, `ccas`, `association`, `adil`, `state`,
   * `intercommunality`, or a type the pack defines. Default: all.
   * @label Types de partenaires montrés
   * @help Seuls ces types de partenaires sont montrés (bailleurs, CCAS, associations…). Aucun choix : tous.
   * @choices partnerTypes list
   */
  types = '';

  /**
   * A commune preset in the commune filter (the reader can change it).
   * @label Commune choisie d'avance
   * @help Le filtre par commune part de cette commune ; le lecteur peut la changer.
   * @choices communes
   */
  commune = '';

  /**
   * `list` (default): one partner a line · `grid`: cards, in columns when the container is wide enough.
   * @label Présentation
   * @help list : un partenaire par ligne ; grid : des cartes, en colonnes si la place le permet.
   */
  layout: 'list' | 'grid' = 'list';

  /** The reader's search and filters (`commune` undefined: the attribute's), and how many entries to render. */
  private f: Required<Pick<Filters, 'query' | 'type' | 'service'>> & { commune?: string; limit: number } = {
    query: '',
    type: '',
    service: '',
    limit: pageSize,
  };

  private built?: unknown;
  private data?: Normalized;
  /** Entries built for a pack that is not shown yet (prepare). */
  private prepared?: { content: ResolvedContent; data: Normalized };
  private focusFrom = -1;
  private timer?: ReturnType<typeof setInterval>;
  /** The moment of this render: one clock reading for every partner's hours. */
  private now = new Date();
  /** Between `beforeprint` and `afterprint`: the sheet is rendered (a print stylesheet cannot show unrendered rows). */
  private printing = false;
  /** The reader asked to print more than `printMax` partners: the question is shown. */
  private asking = false;
  /** The reader confirmed printing every partner of the search (until the print is done). */
  private printEvery = false;
  private readonly beforePrint = () => (this.printing = true);
  private readonly afterPrint = () => {
    this.printing = this.printEvery = this.asking = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // "Open now" must not go stale on a page left open.
    this.timer = setInterval(() => this.requestUpdate(), 60_000);
    addEventListener('beforeprint', this.beforePrint);
    addEventListener('afterprint', this.afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
    removeEventListener('beforeprint', this.beforePrint);
    removeEventListener('afterprint', this.afterPrint);
  }

  /**
   * `#vl-directory`: the filters come into view, focus on the commune (find the desk near you).
   * `#vl-partner-<id>`: the filters are cleared and that partner comes into view, focused.
   */
  protected override async goToFragment(): Promise<void> {
    const hash = location.hash;
    await this.updateComplete;
    if (hash === '#vl-directory') {
      const field = this.filterField();
      field?.scrollIntoView();
      field?.focus({ preventScroll: true });
      return;
    }
    const [, id] = /^#vl-partner-([a-z0-9][a-z0-9-]*)$/.exec(hash) ?? [];
    const index = id ? (this.data?.entries ?? []).findIndex((e) => e.partner.id === id) : -1;
    if (index < 0) return;
    this.f = { query: '', type: '', service: '', commune: '', limit: Math.max(pageSize, index + 1) };
    await this.updateComplete;
    const name = this.renderRoot.querySelector<HTMLElement>(`#vl-partner-${id} .name`);
    if (!name) return;
    name.tabIndex = -1;
    name.scrollIntoView();
    name.focus({ preventScroll: true });
  }

  /**
   * A pack's entries with their search strings, built before it is shown: `partnersPerTask` at a
   * time, a task each (2,000 partners cold: about 60 ms at once, so no task over 50 ms).
   */
  protected override async prepare(c: ResolvedContent): Promise<void> {
    if (this.built === c || this.prepared?.content === c) return;
    const builder = entriesBuilder(c.partnerTypes, c.territory?.communes);
    for (let from = 0; from < c.partners.length; from += partnersPerTask) {
      if (from) await yieldToMain();
      builder.add(c.partners.slice(from, from + partnersPerTask), from);
    }
    this.prepared = { content: c, data: builder.done() };
  }

  /** The entries of the content shown: prepared when the pack arrived, else built now (the national content). */
  private useContent(c: ResolvedContent): void {
    if (this.built === c) return;
    this.built = c;
    this.data =
      this.prepared?.content === c ? this.prepared.data : toEntries(c.partners, c.partnerTypes, c.territory?.communes);
    this.prepared = undefined;
    for (const [code, message] of this.data.warnings) this.warn(code, message);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.useContent(this.content);
    if (changed.has('commune')) this.f = { ...this.f, commune: undefined };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const name = this.renderRoot.querySelectorAll<HTMLElement>('.name')[this.focusFrom];
    this.focusFrom = -1;
    if (name) {
      name.tabIndex = -1; // a heading takes focus only when the reader asked for more
      name.focus();
    }
  }

  /** Changes the search or a filter (back to the first page), or the page. */
  private set(patch: Partial<typeof this.f>): void {
    this.f = { ...this.f, limit: pageSize, ...patch };
  }

  override render() {
    const { entries, types: present, communes, services } = this.data!;
    const loaded = this.contentStatus !== 'loading';
    const f = this.f;
    const types = this.types
      .split(',')
      .map((t) => t.trim())
      .filter(
        (t) =>
          t &&
          (present.has(t) ||
            this.content.partnerTypes.some((p) => p.id === t) ||
            (loaded && this.warn('vl-invalid-attribute', `types: "${t}" is not a partner type; ignored`))),
      );
    const preset = this.commune.trim();
    const presetCommune = preset ? communes.find((c) => foldForSearch(c) === foldForSearch(preset)) : '';
    if (presetCommune === undefined && loaded)
      this.warn('vl-invalid-attribute', `commune="${preset}" is not a commune of the pack; showing every commune`);
    const commune = f.commune ?? presetCommune ?? '';
    const results = filterEntries(entries, { ...f, types, commune });
    const n = results.length;
    const shown = results.slice(0, f.limit);
    const typeOptions = [...present].filter(([id]) => !types.length || types.includes(id));
    const select = (
      id: 'type' | 'commune' | 'service',
      name: string,
      all: string,
      value: string,
      options: [string, string][],
    ) =>
      html`<div class="field">
        <label for=${id}>${name}</label>
        <select id=${id} @change=${(e: Event) => this.set({ [id]: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!value}>${all}</option>
          ${options.map(([v, l]) => html`<option value=${v} ?selected=${v === value}>${l}</option>`)}
        </select>
      </div>`;
    this.now = new Date();
    return html`<section class="root" lang=${this.locale}>
      ${this.renderTitle(msg('Qui fait quoi près de chez vous', { id: 'directory.title' }))}
      ${
        !entries.length
          ? loaded
            ? html`<p class="empty" part="empty">
                ${msg('Aucun partenaire : la liste vient de votre territoire (pack).', { id: 'directory.noPack' })}
              </p>`
            : nothing
          : html`<form class="no-print" part="filters" role="search" @submit=${(e: Event) => e.preventDefault()}>
                <div class="field">
                  <label for="q">${msg('Nom, ville ou besoin', { id: 'directory.searchLabel' })}</label>
                  <input
                    id="q"
                    type="search"
                    autocomplete="off"
                    .value=${f.query}
                    @input=${(e: Event) => this.set({ query: (e.target as HTMLInputElement).value })}
                  />
                </div>
                ${
                  typeOptions.length > 1
                    ? select(
                        'type',
                        msg('Type', { id: 'directory.typeLabel' }),
                        msg('Tous les types', { id: 'directory.allTypes' }),
                        f.type,
                        typeOptions.map(([id, label]) => [id, this.t(label)]),
                      )
                    : nothing
                }
                ${select(
                  'commune',
                  msg('Commune', { id: 'directory.communeLabel' }),
                  msg('Toutes les communes', { id: 'directory.allCommunes' }),
                  commune,
                  communes.map((c) => [c, c]),
                )}
                ${
                  services.size
                    ? select(
                        'service',
                        msg('Service', { id: 'directory.serviceLabel' }),
                        msg('Tous les services', { id: 'directory.allServices' }),
                        f.service,
                        [...services]
                          .map(([k, name]): [string, string] => [k, this.t(name)])
                          .sort((a, b) => compareFolded(a[1], b[1])),
                      )
                    : nothing
                }
              </form>
              <p class="count screen" part="count" role="status">
                ${pluralMessage(n, this.locale, {
                  // Arabic has six categories, Ukrainian four: each its message, French as French says it.
                  zero: () => msg(str`${n} partenaire trouvé`, { id: 'directory.count.zero' }),
                  one: () => msg(str`${n} partenaire trouvé`, { id: 'directory.count.one' }),
                  two: () => msg(str`${n} partenaires trouvés`, { id: 'directory.count.two' }),
                  few: () => msg(str`${n} partenaires trouvés`, { id: 'directory.count.few' }),
                  many: () => msg(str`${n} partenaires trouvés`, { id: 'directory.count.many' }),
                  other: () => msg(str`${n} partenaires trouvés`, { id: 'directory.count.other' }),
                })}
              </p>
              ${
                n
                  ? html`<ul class="screen ${this.oneOf('layout', this.layout, ['list', 'grid'], 'list')}" part="list">
                        ${shown.map((e) => this.renderEntry(e))}
                      </ul>
                      ${
                        n > shown.length
                          ? html`<button
                              type="button"
                              class="no-print"
                              part="more"
                              @click=${() => {
                                this.focusFrom = f.limit;
                                this.set({ limit: f.limit + pageSize });
                              }}
                            >
                              ${msg(str`Afficher la suite (${shown.length} sur ${n})`, { id: 'directory.more' })}
                            </button>`
                          : nothing
                      }
                      ${this.renderPrintButton(n)}
                      ${this.printing ? this.renderSheet(results, { types, commune, query: f.query, type: f.type, service: f.service }) : nothing}`
                  : html`<div class="empty screen" part="empty">
                      <p>${msg('Essayez un autre mot ou moins de filtres.', { id: 'directory.tryHint' })}</p>
                      <button
                        type="button"
                        @click=${() => {
                          this.f = { query: '', type: '', service: '', commune: '', limit: pageSize };
                          void this.updateComplete.then(() => this.renderRoot.querySelector('input')!.focus());
                        }}
                      >
                        ${msg('Tout effacer', { id: 'directory.reset' })}
                      </button>
                    </div>`
              }`
      }
    </section>`;
  }

  private renderEntry(e: Entry) {
    const p = e.partner;
    const address = addressLine(p);
    const map = mapHref(p, this.content.territory?.mapUrl, this);
    const site = safeHref(p.site_web, this, `site_web of ${p.id}`);
    const mail = p.courriel && safeHref(`mailto:${p.courriel}`, this, `courriel of ${p.id}`);
    return html`<li class="entry" part="entry" id="vl-partner-${p.id}">
      ${this.renderHeading(this.level + 1, this.t(p.nom), '', 'entry-name', 'name')}
      <p>${this.t(e.label)}</p>
      <p>${this.t(p.description)}</p>
      <dl>
        ${(
          [
            [
              msg('Services', { id: 'directory.services' }),
              p.services?.length &&
                html`<ul>
                  ${p.services.map((s) => html`<li>${this.t(serviceName(s))}</li>`)}
                </ul>`,
            ],
            [
              msg('Adresse', { id: 'directory.address' }),
              map
                ? html`<a class="map" href=${map} target="_blank" rel="noopener noreferrer"
                    >${address}<span class="visually-hidden">
                      ${msg('(carte, ouvre un nouvel onglet)', { id: 'directory.newTab' })}</span
                    ></a
                  >`
                : address,
            ],
            [
              msg('Communes servies', { id: 'directory.communes' }),
              e.everywhere
                ? msg('Toutes les communes du territoire', { id: 'directory.everywhere' })
                : e.communes.join(', '),
            ],
            [msg('Horaires', { id: 'directory.hours' }), e.hours && this.renderHours(e)],
            [
              msg('Téléphone', { id: 'directory.phone' }),
              p.telephone && html`<a class="call" dir="ltr" href=${telHref(p.telephone)}>${p.telephone}</a>`,
            ],
            [msg('Courriel', { id: 'directory.email' }), mail && html`<a href=${mail}>${p.courriel}</a>`],
            [
              msg('Site web', { id: 'directory.website' }),
              site && html`<a href=${site}>${site.replace(/^https?:\/\/(www\.)?|\/$/g, '')}</a>`,
            ],
            [msg('Accessibilité', { id: 'directory.access' }), this.t(p.accessibilite)],
          ] as const
        ).map(([term, value]) =>
          value
            ? html`<dt>${term}</dt>
                <dd>${value}</dd>`
            : nothing,
        )}
      </dl>
    </li>`;
  }

  private renderHours(e: Entry) {
    const parsed = e.parsedHours!;
    if (!parsed.ok) return e.hours;
    const schedule = parsed.schedule;
    const { open, always, next } = hoursStatus(schedule, this.now);
    const t = next && this.time(next.minute);
    const d = next && this.day(next.weekday);
    const when = !next
      ? ''
      : next.inDays > 1
        ? msg(str`${d} à ${t}`, { id: 'directory.on' })
        : next.inDays
          ? msg(str`demain à ${t}`, { id: 'directory.tomorrow' })
          : msg(str`à ${t}`, { id: 'directory.at' });
    // "Open now" is worked out in Paris time with the mainland's public holidays: overseas
    // (postcodes 97…, 98…, or an overseas territory) it would be hours off, so only the week shows.
    const overseas = this.content.territory?.zone === 'overseas' || /^9[78]/.test(e.partner.code_postal ?? '');
    return html`${
      overseas && !always
        ? nothing
        : html`<p class="status ${open ? 'open' : 'closed'}" part="status">
            ${
              always
                ? msg('Ouvert 24 h/24, 7 j/7', { id: 'directory.always' })
                : !next
                  ? msg('Fermé', { id: 'directory.closed' })
                  : open
                    ? msg(str`Ouvert maintenant · ferme ${when}`, { id: 'directory.closes' })
                    : msg(str`Fermé · ouvre ${when}`, { id: 'directory.opens' })
            }
          </p>`
    }
    ${
      always
        ? nothing
        : html`<ul class="week">
            ${this.weekLines(schedule).map((line) => html`<li>${line}</li>`)}
          </ul>`
    }`;
  }

  /**
   * The usual week, one line per run of days with the same hours, then public holidays when they
   * differ; `openOnly` (the printed sheet) leaves out the closed days, to keep a row short.
   */
  private weekLines(schedule: Schedule, openOnly = false): string[] {
    const ph = holidayHours(schedule);
    return [
      ...weekSummary(schedule).map(
        ({ from, to, intervals }) =>
          [from === to ? this.day(from) : `${this.day(from)} – ${this.day(to)}`, intervals] as const,
      ),
      ...(ph ? [[msg('Jours fériés', { id: 'directory.holidays' }), ph] as const] : []),
    ]
      .filter(([, list]) => list.length || !openOnly)
      .map(([days, list]) => {
        const hours = list.length
          ? list
              .map(([s, e]) =>
                s || e < 1440
                  ? `${this.time(s)} – ${this.time(e)}`
                  : msg('toute la journée', { id: 'directory.allDay' }),
              )
              .join(', ')
          : msg('fermé', { id: 'directory.closedDay' });
        return this.labelled(days, hours);
      });
  }

  /** "lundi : 9 h – 12 h", "Commune : Montval" ("Monday: 9:00 – 12:00" in English). */
  private labelled(days: string, hours: string): string {
    return msg(str`${days} : ${hours}`, { id: 'directory.weekLine' });
  }

  /** "Imprimer la liste": prints at once up to `printMax` partners, else asks first. */
  private renderPrintButton(n: number) {
    // Rendered before window.print(): its beforeprint comes with this script on the stack, so an
    // update scheduled then would run only after the print.
    const print = async (every: boolean) => {
      this.printEvery = every;
      this.asking = false;
      this.printing = true;
      await this.updateComplete;
      window.print();
    };
    return html`<div class="no-print print">
      <button
        type="button"
        part="print"
        @click=${async () => {
          if (n <= printMax) return print(false);
          this.asking = true;
          await this.updateComplete;
          this.renderRoot.querySelector<HTMLElement>('#print-question')?.focus();
        }}
      >
        ${msg('Imprimer la liste', { id: 'directory.print' })}
      </button>
      ${
        this.asking && n > printMax
          ? html`<div class="confirm" part="print-confirm" role="group" aria-labelledby="print-question">
              <p id="print-question" tabindex="-1">
                <strong>${msg(str`Imprimer les ${this.count(n)} partenaires ?`, { id: 'directory.printAsk' })}</strong>
              </p>
              <button type="button" @click=${() => print(true)}>
                ${msg(str`Imprimer les ${this.count(n)}`, { id: 'directory.printEvery' })}
              </button>
              <button
                type="button"
                class="secondary"
                @click=${() => {
                  this.asking = false;
                  void this.updateComplete.then(() => this.filterField()?.focus());
                }}
              >
                ${msg('Choisir une commune ou un filtre', { id: 'directory.printRefine' })}
              </button>
            </div>`
          : nothing
      }
    </div>`;
  }

  /** The commune filter (where is the desk near me?), else the search box. */
  private filterField(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#commune') ?? this.renderRoot.querySelector('#q');
  }

  /** 2000 → "2 000" (fr) or "2,000" (en), by hand: no Intl object while rendering. */
  private count(n: number): string {
    return String(n).replace(/\B(?=(\d{3})+$)/g, this.locale === 'fr' ? '\u202f' : ',');
  }

  /**
   * The printed sheet: the filters applied and the date, then a table of the partners of the
   * search (at most `printMax` unless the reader asked for every one), header repeated on each page.
   */
  private renderSheet(results: readonly Entry[], f: Filters & { types: readonly string[] }) {
    const rows = this.printEvery ? results : results.slice(0, printMax);
    const typeLabel = (id: string) => this.t(this.data!.types.get(id) ?? id);
    const serviceLabel = f.service && this.data!.services.get(f.service);
    // The filters under the names the form gives them ("Commune : Montval").
    const types = f.type ? [f.type] : f.types;
    const filters = [
      f.query?.trim() &&
        this.labelled(msg('Nom, ville ou besoin', { id: 'directory.searchLabel' }), `« ${f.query.trim()} »`),
      types.length && this.labelled(msg('Type', { id: 'directory.typeLabel' }), types.map(typeLabel).join(', ')),
      f.commune && this.labelled(msg('Commune', { id: 'directory.communeLabel' }), f.commune),
      serviceLabel && this.labelled(msg('Service', { id: 'directory.serviceLabel' }), this.t(serviceLabel)),
    ].filter(Boolean);
    const date = formatLongDate(this.now, this.locale);
    return html`<div class="sheet" part="sheet">
      <p>
        ${msg(str`Liste imprimée le ${date}.`, { id: 'directory.sheetDate' })}
        ${
          filters.length
            ? msg(str`Filtres — ${filters.join(' · ')}.`, { id: 'directory.sheetFilters' })
            : msg('Sans filtre : tous les partenaires.', { id: 'directory.sheetNoFilter' })
        }
        ${
          rows.length < results.length
            ? msg(
                str`${rows.length} premiers partenaires sur ${this.count(results.length)} : affinez la recherche pour une liste plus courte.`,
                { id: 'directory.sheetFirst' },
              )
            : ''
        }
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">${msg('Partenaire', { id: 'directory.sheetName' })}</th>
            <th scope="col">${msg('Ce qu’il fait', { id: 'directory.sheetWhat' })}</th>
            <th scope="col">${msg('Adresse', { id: 'directory.address' })}</th>
            <th scope="col">${msg('Contact', { id: 'directory.sheetContact' })}</th>
            <th scope="col">${msg('Horaires', { id: 'directory.hours' })}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((e) => this.renderRow(e))}
        </tbody>
      </table>
    </div>`;
  }

  private renderRow(e: Entry) {
    const p = e.partner;
    const services = (p.services ?? []).map((s) => this.t(serviceName(s)));
    const parsed = e.parsedHours;
    const always = parsed?.ok && hoursStatus(parsed.schedule, this.now).always;
    const hours = !parsed
      ? []
      : !parsed.ok
        ? [e.hours!]
        : always
          ? [msg('Ouvert 24 h/24, 7 j/7', { id: 'directory.always' })]
          : this.weekLines(parsed.schedule, true);
    return html`<tr>
      <td><strong>${this.t(p.nom)}</strong><br />${this.t(e.label)}</td>
      <td>${services.length ? services.join(' · ') : this.t(p.description)}</td>
      <td>${addressLine(p)}</td>
      <td>
        ${p.telephone ? html`<a dir="ltr" href=${telHref(p.telephone)}>${p.telephone}</a>` : nothing}
        ${p.courriel ? html`<br />${p.courriel}` : nothing}
      </td>
      <td>${hours.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}</td>
    </tr>`;
  }

  /** 540 → "9 h" (fr) or "9:00" (en); 1530 → "1 h 30" the next day. */
  private time(minute: number): string {
    const h = Math.floor(minute / 60) % 24;
    const m = String(minute % 60).padStart(2, '0');
    return this.locale === 'fr' ? `${h} h${m === '00' ? '' : ` ${m}`}` : `${h}:${m}`;
  }

  /** 0 → "lundi" / "Monday". */
  private day(weekday: number): string {
    return weekdayName(weekday, this.locale);
  }
}
