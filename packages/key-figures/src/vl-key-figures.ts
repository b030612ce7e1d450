import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { VlElement, baseStyles, formatLongDate, formatNumber, pluralCategory, safeHref } from '@voix-logement/core';
import {
  figuresSection,
  type Figure,
  type FigureId,
  type HomeSize,
  type NationalSections,
  type Territory,
} from '@voix-logement/content';
import {
  chooseFigures,
  countsToShow,
  decimalsOf,
  figuresOf,
  findCommune,
  parseDay,
  parsePeriod,
  waitRows,
  type PlaceFigures,
  type WaitRow,
} from './figures.js';
import { styles } from './vl-key-figures.styles.js';

/** A place whose figures are shown: the commune of the `commune` attribute, or the territory. */
interface Place {
  name: string;
  figures: PlaceFigures;
}

/**
 * The territory's social housing in figures, sourced and dated: applications pending,
 * homes allocated, applications for one allocation, social homes and their turnover as big
 * numbers in plain words ("En 2025, 1 logement attribué pour 6 demandes"), then the wait
 * by home size (T1 to T5 and more) as a small table. With `commune`, that commune's
 * figures come first, beside the territory's. Every figure says its period, its source and
 * the day the pack's author checked it.
 *
 * No figure is national content: without a pack, or a pack without `figures`, the element
 * says in one sentence where such figures come from, and warns (`vl-missing-field`).
 * Another widget (or any link) can point at a figure with the fragment `#vl-figure-<id>`
 * (`#vl-figure-wait` for the wait tables).
 *
 * @tag vl-key-figures
 * @tagname vl-key-figures
 * @summary The territory's social housing in figures, sourced and dated.
 * @widget Les chiffres du territoire
 * @widgetHelp Les chiffres du logement social du territoire (demandes, attributions, attente), avec leur
 *   source et leur date.
 *
 * @csspart heading - The widget's title.
 * @csspart scope - The line naming the territory.
 * @csspart figures - The list of big numbers.
 * @csspart figure - One figure (a list item), for one or two places.
 * @csspart value - The big number.
 * @csspart source - The source and date-checked line under a figure or a table.
 * @csspart wait - The section of wait tables.
 * @csspart wait-table - The wait table of one place.
 * @csspart action - The sentence saying what a person can do.
 * @csspart empty - The sentence shown when the content has no figures.
 *
 * @cssproperty [--vl-color-primary=#1b4f8f] - The big numbers, links.
 * @cssproperty [--vl-color-text=#1e1e1e] - Text colour.
 * @cssproperty [--vl-color-muted=#545454] - Secondary text (sources, places).
 * @cssproperty [--vl-color-surface=#ffffff] - Background.
 * @cssproperty [--vl-color-border=#767676] - Borders of the figures and tables.
 * @cssproperty [--vl-radius=0.25rem] - Corner radius.
 * @cssproperty [--vl-space=1rem] - Base spacing.
 */
export class VlKeyFigures extends VlElement {
  static override styles = [baseStyles, styles];
  static override properties: PropertyDeclarations = {
    commune: {},
    figures: {},
  };

  /**
   * A commune of the pack (`territory.communeCodes`), by name or INSEE code: its figures are
   * shown beside the territory's. An unknown commune warns (`vl-unknown-id`) and the
   * territory's figures are shown alone.
   * @label Commune montrée à côté du territoire
   * @help Les chiffres de cette commune s'affichent à côté de ceux du territoire.
   * @choices communes
   */
  commune = '';

  /**
   * Comma list of figure ids to show, in that order: `pending`, `pending-transfers`,
   * `allocated`, `applications-per-allocation`, `homes`, `turnover`, and the waits
   * `wait-median`, `wait-average`, `wait-median-t1` … `wait-median-t5`, `wait-average-t1` …
   * `wait-average-t5` (shown as tables after the numbers). Default: every figure the pack has.
   * An unknown id warns (`vl-unknown-id`) and is skipped.
   * @label Chiffres montrés
   * @help Seuls ces chiffres sont montrés, dans cet ordre. Aucun choix : tous ceux du pack.
   * @choices figures list
   */
  figures = '';

  /**
   * The sections this widget reads: `figures` (and the pack's `territory`, always given).
   * No figure is national content: the national section is empty, the pack fills it.
   */
  protected static override national: NationalSections = { figures: {} };
  protected static override packSections = [figuresSection];

  /** The only content this widget reads, in one place: the pack's figures and its territory. */
  private get figureContent(): { items: readonly Figure[]; territory: Territory | undefined } {
    return { items: this.content.figures?.items ?? [], territory: this.content.territory };
  }

  private places: Place[] = [];
  private scope = '';
  private asked: FigureId[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { items, territory } = this.figureContent;
    const settled = this.contentStatus !== 'loading';
    const { asked, unknown } = chooseFigures(this.figures);
    this.asked = asked;
    if (settled) for (const id of unknown) this.warn('vl-unknown-id', `figures: "${id}" is not a figure id; skipped`);
    const commune = this.commune.trim() ? findCommune(this.commune, territory) : undefined;
    if (settled && this.commune.trim() && !commune)
      this.warn(
        'vl-unknown-id',
        `commune="${this.commune}" is not in the pack's territory.communeCodes; showing the territory's figures`,
      );
    this.scope = this.t(territory?.name);
    const territoryFigures = figuresOf(items, territory);
    // Beside a commune, the territory is named short: the scope line under the title names it in full.
    this.places = commune
      ? [
          { name: commune.name, figures: figuresOf(items, territory, commune.insee) },
          {
            name: this.inLocale(() => msg('Tout le territoire', { id: 'figures.whole-territory' })),
            figures: territoryFigures,
          },
        ]
      : [{ name: this.scope, figures: territoryFigures }];
    if (settled && !items.length)
      this.warn(
        'vl-missing-field',
        !this.contentSrc.trim()
          ? `no content-src: figures ($.figures.items) come only from a territory's pack, never national content`
          : this.contentStatus === 'failed'
            ? `the pack could not be used (see the vl-pack-* warning), so there are no figures ($.figures.items) to show`
            : `the pack has no figures ($.figures.items): nothing to show but where figures come from`,
      );
  }

  override render() {
    const places = this.places.filter((place) => place.figures.size);
    const counts = countsToShow(this.asked, ...places.map((p) => p.figures));
    const tables = places.map((place) => ({ place, rows: waitRows(place.figures, this.asked) }));
    const hasWaits = tables.some((t) => t.rows.length);
    const scope = this.scope;
    return html`<section class="root" lang=${this.locale} aria-labelledby="title">
      ${this.renderTitle(msg('Le logement social en chiffres', { id: 'figures.title' }))}
      ${scope ? html`<p class="scope" part="scope">${scope}</p>` : nothing}
      ${
        !counts.length && !hasWaits
          ? html`<p class="empty" part="empty">
              ${msg(
                "Les chiffres du logement social (demandes en attente, logements attribués, temps d'attente) sont publiés par chaque territoire, à partir de l'enregistrement national des demandes et des données des bailleurs sociaux.",
                { id: 'figures.empty' },
              )}
            </p>`
          : html`${
                counts.length
                  ? html`<ul class="figures" part="figures">
                      ${counts.map((id) => this.renderCount(id, places))}
                    </ul>`
                  : nothing
              }
              ${hasWaits ? this.renderWaits(tables) : nothing}
              <p class="action" part="action">
                ${msg(
                  'Ces chiffres décrivent le passé, pas votre demande. Pour garder vos chances : renouvelez votre demande chaque année et, si vous le pouvez, demandez plusieurs communes.',
                  { id: 'figures.action' },
                )}
              </p>`
      }
    </section>`;
  }

  /** One figure as a big number and a sentence, for each place that has it. */
  private renderCount(id: FigureId, places: Place[]): TemplateResult {
    const both = places.length > 1;
    return html`<li class="figure" part="figure" id="vl-figure-${id}" tabindex="-1">
      ${places.map((place) => {
        const figure = place.figures.get(id);
        if (!figure) return nothing;
        const number = formatNumber(figure.value, this.locale, decimalsOf(id));
        return html`<div class="place-figure">
          ${both ? html`<p class="place">${place.name}</p>` : nothing}
          <p class="value" part="value" aria-hidden="true">${id === 'turnover' ? this.percent(number) : number}</p>
          <p class="sentence">${this.sentence(id, figure, number)}</p>
          ${this.renderSource([figure])}
        </div>`;
      })}
    </li>`;
  }

  /** "Au 31 décembre 2025, 3 412 demandes de logement social en attente." */
  private sentence(id: FigureId, figure: Figure, n: string): string {
    const when = this.when(figure.period);
    const one = pluralCategory(figure.value, this.locale) === 'one';
    switch (id) {
      case 'pending':
        return one
          ? msg(str`${when}, ${n} demande de logement social en attente.`, { id: 'figures.pending.one' })
          : msg(str`${when}, ${n} demandes de logement social en attente.`, { id: 'figures.pending.other' });
      case 'pending-transfers':
        return one
          ? msg(str`${when}, ${n} de ces demandes vient d'un locataire HLM qui veut changer de logement.`, {
              id: 'figures.transfers.one',
            })
          : msg(str`${when}, ${n} de ces demandes viennent de locataires HLM qui veulent changer de logement.`, {
              id: 'figures.transfers.other',
            });
      case 'allocated':
        return one
          ? msg(str`${when}, ${n} logement social attribué.`, { id: 'figures.allocated.one' })
          : msg(str`${when}, ${n} logements sociaux attribués.`, { id: 'figures.allocated.other' });
      case 'applications-per-allocation':
        return one
          ? msg(str`${when}, 1 logement attribué pour ${n} demande.`, { id: 'figures.ratio.one' })
          : msg(str`${when}, 1 logement attribué pour ${n} demandes.`, { id: 'figures.ratio.other' });
      case 'homes':
        return one
          ? msg(str`${when}, ${n} logement social.`, { id: 'figures.homes.one' })
          : msg(str`${when}, ${n} logements sociaux.`, { id: 'figures.homes.other' });
      default:
        return msg(str`${when}, ${this.percent(n)} des logements sociaux ont changé de locataire.`, {
          id: 'figures.turnover',
        });
    }
  }

  private percent(n: string): string {
    return msg(str`${n}\u202f%`, { id: 'figures.percent' });
  }

  /** "En 2025", "Au 31 décembre 2025", "Du 1er janvier 2025 au 31 décembre 2025". */
  private when(text: string): string {
    const period = parsePeriod(text);
    const date = (d: Date) => formatLongDate(d, this.locale, 'UTC');
    if (!period) {
      this.warn('vl-pack-invalid', `figures: period "${text}" is not a real year or date; shown as written`);
      return text;
    }
    if (period.kind === 'year') return msg(str`En ${period.year}`, { id: 'figures.in-year' });
    if (period.kind === 'day') return msg(str`Au ${date(period.on)}`, { id: 'figures.on-day' });
    return msg(str`Du ${date(period.from)} au ${date(period.to)}`, { id: 'figures.between' });
  }

  /** "Source : SNE, vérifié le 20 novembre 2026" — once per distinct source of `figures`. */
  private renderSource(figures: Figure[], withPeriod = false): TemplateResult {
    const seen = new Map<string, Figure>();
    for (const f of figures) {
      const key = [this.t(f.source), f.sourceUrl, f.verifiedOn, withPeriod ? f.period : ''].join('|');
      if (!seen.has(key)) seen.set(key, f);
    }
    return html`${[...seen.values()].map((f) => {
      const href = safeHref(f.sourceUrl, this, `figures ${f.figure} sourceUrl`);
      const name = this.t(f.source);
      const checked = parseDay(f.verifiedOn);
      return html`<p class="source" part="source">
        ${withPeriod ? html`${this.when(f.period)}. ` : nothing}${msg('Source :', { id: 'figures.source' })}
        ${href ? html`<a href=${href}>${name || href}</a>` : name}${
          checked
            ? msg(str`, vérifié le ${formatLongDate(checked, this.locale, 'UTC')}`, { id: 'figures.verified-on' })
            : ''
        }.
      </p>`;
    })}`;
  }

  /** The wait by home size: one small table per place, median and average in months. */
  private renderWaits(tables: { place: Place; rows: WaitRow[] }[]): TemplateResult {
    const hasMedian = tables.some((t) => t.rows.some((r) => r.median));
    const title = msg("Le temps d'attente, par taille de logement", { id: 'figures.wait-title' });
    return html`<section class="wait" part="wait" id="vl-figure-wait" tabindex="-1" aria-labelledby="wait-title">
      ${this.renderHeading(this.level + 1, title, 'wait-title')}
      ${tables.map(({ place, rows }) => {
        if (!rows.length) return nothing;
        const median = rows.some((r) => r.median);
        const average = rows.some((r) => r.average);
        const cell = (f: Figure | undefined) => html`<td>${f ? this.months(f.value) : '—'}</td>`;
        return html`<table part="wait-table">
            <caption>
              ${place.name || title}
            </caption>
            <thead>
              <tr>
                <th scope="col">${msg('Logement', { id: 'figures.home' })}</th>
                ${median ? html`<th scope="col">${msg('Attente médiane', { id: 'figures.median' })}</th>` : nothing}
                ${average ? html`<th scope="col">${msg('Attente moyenne', { id: 'figures.average' })}</th>` : nothing}
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (r) =>
                  html`<tr>
                    <th scope="row">${this.sizeName(r.size)}</th>
                    ${median ? cell(r.median) : nothing}${average ? cell(r.average) : nothing}
                  </tr>`,
              )}
            </tbody>
          </table>
          ${this.renderSource(
            rows.flatMap((r) => [r.median, r.average].filter((f): f is Figure => f !== undefined)),
            true,
          )}`;
      })}
      ${
        hasMedian
          ? html`<p class="note">
              ${msg('Attente médiane : la moitié des ménages logés avaient attendu moins longtemps.', {
                id: 'figures.median-note',
              })}
            </p>`
          : nothing
      }
    </section>`;
  }

  private months(value: number): string {
    const n = formatNumber(value, this.locale, 1);
    return pluralCategory(value, this.locale) === 'one'
      ? msg(str`${n} mois`, { id: 'figures.months.one' })
      : msg(str`${n} mois`, { id: 'figures.months.other' });
  }

  private sizeName(size: HomeSize | 'all'): string {
    switch (size) {
      case 'all':
        return msg('Tous logements', { id: 'figures.size-all' });
      case 't5':
        return msg('T5 et plus (5 pièces ou plus)', { id: 'figures.size-t5' });
      default: {
        const rooms = size.slice(1);
        return rooms === '1'
          ? msg('T1 (1 pièce)', { id: 'figures.size-t1' })
          : msg(str`T${rooms} (${rooms} pièces)`, { id: 'figures.size-rooms' });
      }
    }
  }

  /** `#vl-figure-<id>` naming a figure shown here: scroll it into view and focus it. */
  protected override async goToFragment(): Promise<void> {
    const [, id] = /^#vl-figure-([a-z0-9-]+)$/.exec(location.hash) ?? [];
    if (!id) return;
    await this.updateComplete;
    const target =
      this.renderRoot.querySelector<HTMLElement>(`#vl-figure-${id}`) ??
      (id.startsWith('wait-') ? this.renderRoot.querySelector<HTMLElement>('#vl-figure-wait') : null);
    target?.scrollIntoView();
    target?.focus({ preventScroll: true });
  }
}
