import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import { VlElement, formatEuros, formatList, pluralMessage, safeHref } from '@voix-logement/core';
import type { CeilingTable, LocalizedText } from '@voix-logement/content';
import { nationalEligibility, eligibilitySection, type NationalSections } from '@voix-logement/content';
import { EligibilityResultEvent } from './events.js';
import { styles } from './vl-eligibility.styles.js';
import {
  ceilingFor,
  check,
  currentCeilingYear,
  parseNumber,
  productsFor,
  zones,
  type Ceiling,
  type CheckResult,
  type FieldError,
  type Parsed,
  type Product,
  type Zone,
} from './rules.js';
import { categorySentence, persons, productMeaning, type Told } from './words.js';

type Field = 'persons' | 'dependants' | 'age1' | 'age2' | 'income' | 'zone';

/** What the reader typed, repeated in the result (it never leaves the element). */
interface Typed extends Told {
  couple: boolean;
  ages?: [number, number];
  disability: boolean;
  income: number;
}

/**
 * Who can apply for social housing, the income ceilings, the priorities of the law and the
 * territory's scoring grid; in `check` mode, a private household check against the ceilings.
 * Nothing typed leaves the browser or is stored.
 *
 * @tag vl-eligibility
 * @tagname vl-eligibility
 * @summary Who can apply for social housing, and a private check of the income ceilings.
 * @widget Qui peut demander, et le calcul des plafonds de revenus
 * @widgetHelp Les conditions, les priorités et un calcul des plafonds fait dans le navigateur.
 * @fires vl-eligibility-result - The reader ran the check.
 *   `detail: { category, zone, year, under: { plai, plus, pls, llts?, lls? } }`
 *   (true, false, or null when not available; overseas, `llts` and `lls` beside `pls`); never the income.
 * @csspart heading - The widget's title.
 * @csspart ceilings - The table of ceilings for the zone.
 * @csspart form - The household check form.
 * @csspart result - The check's result: its heading, the verdict (announced), what was typed, one line a product.
 * @csspart rule - The disclosure giving the rule of a computed ceiling ("calculé").
 * @cssproperty [--vl-color-primary=#1b4f8f] - Links, buttons and focus rings.
 * @cssproperty [--vl-color-danger=#b3261e] - Error messages.
 */
export class VlEligibility extends VlElement {
  static override styles = styles;
  /** The national rules and ceilings. */
  protected static override national: NationalSections = { eligibility: nationalEligibility };
  protected static override packSections = [eligibilitySection];

  static override properties: PropertyDeclarations = {
    zone: {},
    mode: {},
    chosen: { state: true },
    form: { state: true },
    errors: { state: true },
    result: { state: true },
  };

  /**
   * `paris`, `idf`, `other` or `overseas`. Default: the pack's zone, else the reader chooses.
   * @label Zone des plafonds de revenus
   * @help La zone où se trouvent vos logements (paris, idf, other : reste de la France, overseas : outre-mer). Par
   *   défaut : celle du pack, sinon le lecteur choisit.
   */
  zone: '' | 'paris' | 'idf' | 'other' | 'overseas' = '';

  /**
   * `check` (default: the rules and the household check) or `explain` (the rules only).
   * @label Ce qui est montré
   * @help check : les règles et le calcul de revenus (fait dans le navigateur, rien n'est envoyé) ; explain : les
   *   règles seules.
   */
  mode: 'check' | 'explain' = 'check';

  private chosen: Zone | '' = '';
  private form: Record<string, string> = {};
  private errors: Partial<Record<Field, FieldError>> = {};
  private result?: CheckResult;
  /** What the reader typed for `result`, set with it. */
  private told?: Typed;

  private activeZone: Zone | '' = '';
  /** True when neither the attribute nor the pack sets the zone: the reader chooses. */
  private readerZone = false;
  private checking = true;
  private year = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.checking = this.oneOf('mode', this.mode, ['check', 'explain'], 'check') === 'check';
    const own = (zones as readonly string[]).includes(this.zone) ? (this.zone as Zone) : undefined;
    const packZone = this.content.eligibility.zone ?? this.content.territory?.zone;
    if (this.zone && !own && this.contentStatus !== 'loading') {
      this.warn(
        'vl-invalid-attribute',
        `zone="${this.zone}" is not one of ${zones.join(', ')}; using ${packZone ? `the pack's zone "${packZone}"` : "the reader's choice"}`,
      );
    }
    this.readerZone = !own && !packZone;
    this.activeZone = own ?? packZone ?? this.chosen;
    this.year = currentCeilingYear(this.tables, new Date()) ?? 0;
  }

  private get tables() {
    return this.content.eligibility.ceilings ?? [];
  }

  override render() {
    const { household: r = {}, priorities = [], prioritiesSource: ps, scoring } = this.content.eligibility;
    const { year, activeZone: zone } = this;
    const h = this.level + 1;
    return html`<section class="root" lang=${this.locale}>
      ${this.renderTitle(msg('Qui peut demander un logement social ?', { id: 'eligibility.title' }))}
      <p class="b">${this.t(r.applyAnyway)}</p>
      ${this.texts(r.conditions)}
      <p>${this.years(r.income)}</p>
      <p>${this.t(r.whoCounts)}</p>
      <p>${this.t(r.youngCouple)}</p>
      ${this.texts(r.exceptions)}
      <p>${this.t(r.above)} ${this.source(r)}</p>
      ${this.renderHeading(h, msg('Les plafonds de revenus', { id: 'eligibility.ceilings-title' }))}
      ${
        this.readerZone || !zone
          ? html`<fieldset aria-describedby=${this.errors.zone ? 'zone-error' : nothing}>
              <legend class="b">${msg('Où cherchez-vous un logement ?', { id: 'eligibility.zone-question' })}</legend>
              ${this.errors.zone ? html`<p class="error" id="zone-error">${msg('Choisissez une zone.', { id: 'eligibility.zone-error' })}</p>` : nothing}
              ${zones.map(
                (z) =>
                  html`<label class="choice"
                    ><input
                      type="radio"
                      name="zone"
                      .checked=${this.chosen === z}
                      @change=${() => {
                        this.chosen = z;
                        this.errors = { ...this.errors, zone: undefined };
                        this.result = undefined;
                      }}
                    />${this.zoneName(z)}</label
                  >`,
              )}
            </fieldset>`
          : html`<p>${msg('Zone :', { id: 'eligibility.zone' })} <strong>${this.zoneName(zone)}</strong></p>`
      }
      ${zone && year ? this.renderTable(zone, year) : nothing} ${this.checking ? this.renderCheck(h) : nothing}
      ${this.renderHeading(h, msg('Qui passe en priorité ?', { id: 'eligibility.priorities' }))}
      <ul class="priorities">
        ${priorities.map((p) => html`<li>${p.letter ? `${p.letter}) ` : ''}${this.t(p.text)}</li>`)}
      </ul>
      <p class="small">${this.t(ps?.note)} ${this.source(ps)}</p>
      ${this.renderHeading(h, msg('Le classement des demandes (cotation)', { id: 'eligibility.scoring' }))}
      <p>${this.t(r.scoring)}</p>
      ${
        scoring?.criteria?.length
          ? html`${this.renderHeading(h + 1, this.t(this.content.territory?.name) || msg('La grille complète', { id: 'eligibility.scoring-link' }))}
              <p>${this.t(scoring.intro)}</p>
              ${this.texts(scoring.criteria.map((c) => (c.points === undefined ? c.label : `${this.t(c.label)}${this.colon()} ${this.points(c.points)}`)))}
              ${this.link(scoring.url, msg('La grille complète', { id: 'eligibility.scoring-link' }))}`
          : html`<p>
              ${msg('Chaque grille est publique : demandez-la à un guichet.', { id: 'eligibility.scoring-none' })}
            </p>`
      }
    </section>`;
  }

  /** What each product means, the zone's table, then each table's source (or its rule, one tap away). */
  private renderTable(zone: Zone, year: number): TemplateResult {
    const cats = this.content.eligibility.household?.categories ?? [];
    const products = productsFor(zone);
    return html`<p>${msg('Il y a trois sortes de logement social :', { id: 'eligibility.products-intro' })}</p>
      <ul class="products">
        ${products.map((p) => html`<li><strong>${p}</strong>${this.colon()} ${productMeaning(p)}.</li>`)}
      </ul>
      <div class="scroll" part="ceilings" tabindex="0" role="region" aria-labelledby="caption">
        <table>
          <caption id="caption" class="b">
            ${msg(str`Revenus maximum par an, en ${year}`, { id: 'eligibility.caption' })}
          </caption>
          <tr>
            <th scope="col">${msg('Catégorie', { id: 'eligibility.household' })}</th>
            ${products.map((p) => html`<th scope="col">${p}</th>`)}
          </tr>
          ${[1, 2, 3, 4, 5, 6, 7].map(
            (n) =>
              html`<tr>
                <th scope="row">
                  ${n < 7 ? `${n}. ${this.t(cats[n - 1])}` : msg('Par personne en plus', { id: 'eligibility.extra' })}
                </th>
                ${products.map((p) => html`<td>${this.cell(this.tableCell(p, zone, year, n))}</td>`)}
              </tr>`,
          )}
        </table>
      </div>
      ${
        zone === 'overseas'
          ? html`<p>
              ${msg('En outre-mer, la plupart des logements sociaux sont des LLS et des LLTS, aux plafonds plus bas que le PLS.', { id: 'eligibility.overseas' })}
            </p>`
          : nothing
      }
      <ul class="sources small">
        ${products.map((p) => {
          const t = this.tables.find((x) => x.product === p && x.year === year);
          const computed = t && (t.status === 'computed' || !!t.computedZones?.includes(zone));
          return html`<li>
            ${
              computed && t.rule
                ? this.rule(
                    msg(str`${p} ${year} : montants calculés. Voir la règle`, { id: 'eligibility.table-rule' }),
                    t,
                  )
                : html`${p} ${year}${this.colon()} ${t ? html`${this.source(t)} ${this.t(t.note)}` : this.askDesk()}`
            }
          </li>`;
        })}
      </ul>`;
  }

  /** Row `n` of the table: categories 1 to 6, then 7 for the amount per additional person. */
  private tableCell(product: Product, zone: Zone, year: number, n: number): Ceiling {
    if (n < 7) return ceilingFor(this.tables, product, zone, year, { category: n, extra: 0 });
    const c = ceilingFor(this.tables, product, zone, year, { category: 6, extra: 0 });
    const perPerson = c.table?.[`${zone}Extra`] ?? undefined;
    return perPerson === undefined ? { ...c, status: 'missing', amount: undefined } : { ...c, amount: perPerson };
  }

  /** A table's rule behind a disclosure: "calculé" one tap away from how. */
  private rule(summary: string, table?: CeilingTable): TemplateResult | typeof nothing {
    return table?.rule
      ? html`<details class="rule" part="rule">
          <summary>${summary}</summary>
          <p>${this.t(table.rule)} ${this.source(table)}</p>
        </details>`
      : nothing;
  }

  private texts(items: LocalizedText[] = []): TemplateResult {
    return html`<ul>
      ${items.map((e) => html`<li>${this.years(e)}</li>`)}
    </ul>`;
  }

  /** A text with its years said as years: {year} the ceilings' year, {n2} two years before, {n1} one. */
  private years(text: LocalizedText | undefined): string {
    const year = this.year;
    return this.t(text)
      .replaceAll('{year}', `${year}`)
      .replaceAll('{n2}', `${year - 2}`)
      .replaceAll('{n1}', `${year - 1}`);
  }

  private zoneName(z: Zone): string {
    return this.t(this.content.eligibility.zoneNames?.[z]) || z;
  }

  /** " :" in French, ":" in English. */
  private colon(): string {
    return msg(' :', { id: 'eligibility.colon' });
  }

  private computedMark(): string {
    return msg('calculé', { id: 'eligibility.computed' });
  }

  private askDesk(): string {
    return msg('à demander au guichet', { id: 'eligibility.ask-desk' });
  }

  private cell(c: Ceiling): TemplateResult | string {
    return c.amount === undefined
      ? this.askDesk()
      : html`${formatEuros(c.amount, this.locale)}${c.status === 'computed' ? html` <span class="small">${this.computedMark()}</span>` : nothing}`;
  }

  private renderCheck(h: number): TemplateResult {
    const f = this.form;
    const couple = !!f['couple'];
    const n = Number(f['persons']) || 0;
    const year = this.year;
    const r = this.result;
    return html`<div class="ask">
        ${this.renderHeading(h, msg('Vérifier vos revenus', { id: 'eligibility.check' }))}
        <p>${msg('Ce que vous écrivez n’est ni envoyé ni enregistré.', { id: 'eligibility.privacy' })}</p>
        <form part="form" novalidate @submit=${this.onSubmit} @input=${this.onInput}>
          ${this.field('persons', msg('Nombre de personnes dans le logement, vous compris', { id: 'eligibility.persons' }))}
          ${this.box('couple', msg('Vous vivez en couple (mariés, pacsés ou non)', { id: 'eligibility.couple' }))}
          ${
            couple && n === 2
              ? html`${this.field('age1', msg('Votre âge', { id: 'eligibility.age1' }))}
                ${this.field('age2', msg('L’âge de votre conjoint', { id: 'eligibility.age2' }))}`
              : nothing
          }
          ${
            !couple && n > 1
              ? this.field(
                  'dependants',
                  msg('Parmi elles, combien sont à votre charge ?', { id: 'eligibility.dependants' }),
                  msg('Enfants ou adultes sur votre avis d’impôt. 0 si personne.', {
                    id: 'eligibility.dependants-hint',
                  }),
                )
              : nothing
          }
          ${this.box('disability', msg('Une personne du foyer a la carte d’invalidité (carte mobilité inclusion)', { id: 'eligibility.disability' }))}
          ${this.field(
            'income',
            msg(str`Revenu fiscal de référence ${year - 2} de tout le foyer, en euros`, { id: 'eligibility.income' }),
            msg(str`Sur l’avis d’impôt reçu en ${year - 1}. Additionnez celui de chaque personne. Exemple : 25 000`, {
              id: 'eligibility.income-hint',
            }),
          )}
          <button class="b">${msg('Vérifier', { id: 'eligibility.submit' })}</button>
        </form>
      </div>
      <div part="result" class=${r ? 'result' : 'result empty'}>
        ${r ? this.renderHeading(h + 1, msg('Votre résultat', { id: 'eligibility.result' }), 'result-title') : nothing}
        <div role="status">${r ? html`<p class="b verdict">${this.summary(r)}</p>` : nothing}</div>
        ${r ? this.renderResult(r) : nothing}
      </div>`;
  }

  /** The result below its verdict: what was typed, the category and why, one line a product, what next. */
  private renderResult(r: CheckResult): TemplateResult {
    const told = this.told!;
    const household = this.content.eligibility.household;
    const couple = told.couple
      ? told.ages
        ? msg(str`en couple (${told.ages[0]} et ${told.ages[1]} ans)`, { id: 'eligibility.told-couple-ages' })
        : msg('en couple', { id: 'eligibility.told-couple' })
      : '';
    const people = [
      persons(told.persons, this.locale),
      couple,
      told.dependants ? msg(str`dont ${told.dependants} à charge`, { id: 'eligibility.told-dependants' }) : '',
      told.disability ? msg('une personne avec la carte d’invalidité', { id: 'eligibility.told-disability' }) : '',
    ].filter(Boolean);
    return html`<p>${msg('Vous avez indiqué :', { id: 'eligibility.told' })}</p>
      <ul>
        <li>${msg('Foyer :', { id: 'eligibility.told-household' })} ${people.join(', ')}</li>
        <li>
          ${msg(str`Revenu fiscal de référence ${r.year - 2} :`, { id: 'eligibility.told-income' })}
          ${formatEuros(told.income, this.locale)}
        </li>
        <li>${msg('Zone :', { id: 'eligibility.zone' })} ${this.zoneName(r.zone)}</li>
      </ul>
      <p>${categorySentence(r, told, this.locale)}</p>
      <ul class="lines">
        ${r.ceilings.map((c) => this.line(c, r.under[c.product] ?? null))}
      </ul>
      <p>${r.under.PLS === false ? this.t(household?.above) : ''} ${this.t(household?.applyAnyway)}</p>
      <p>
        ${msg('Ce résultat est une indication : le bailleur (l’organisme qui loue le logement) vérifie vos revenus avant d’attribuer un logement.', { id: 'eligibility.landlord' })}
      </p>
      <p>
        ${msg('Prochaine étape : faites votre demande, en ligne ou à un guichet. Elle est gratuite.', { id: 'eligibility.next' })}
        ${this.link('https://www.demande-logement-social.gouv.fr', 'demande-logement-social.gouv.fr')}
      </p>`;
  }

  /** One product: ✓ or ✗ and the same in words, what it means, the ceiling (its rule one tap away). */
  private line(c: Ceiling, under: boolean | null): TemplateResult {
    const amount = c.amount === undefined ? '' : formatEuros(c.amount, this.locale);
    const [sign, word, detail] =
      under === true
        ? [
            '✓',
            msg('Oui', { id: 'eligibility.yes' }),
            msg(str`vos revenus sont sous le plafond de ${amount}.`, { id: 'eligibility.line-under' }),
          ]
        : under === false
          ? [
              '✗',
              msg('Non', { id: 'eligibility.no' }),
              msg(str`vos revenus dépassent le plafond de ${amount}.`, { id: 'eligibility.line-above' }),
            ]
          : [
              '?',
              msg('À demander', { id: 'eligibility.ask' }),
              msg('demandez ce plafond à un guichet.', { id: 'eligibility.line-missing' }),
            ];
    const state = under === true ? 'under' : under === false ? 'above' : 'missing';
    return html`<li class="line ${state}">
      <span class="sign" aria-hidden="true">${sign}</span>
      <span
        ><strong>${word}</strong> — <strong>${c.product}</strong> (${productMeaning(c.product)})${this.colon()}
        ${detail}
        ${
          c.status !== 'computed'
            ? nothing
            : c.table?.rule
              ? this.rule(msg('Montant calculé : voir la règle', { id: 'eligibility.line-rule' }), c.table)
              : html`(${this.computedMark()})`
        }</span
      >
    </li>`;
  }

  private box(name: string, label: string): TemplateResult {
    return html`<label class="choice"
      ><input type="checkbox" name=${name} .checked=${!!this.form[name]} />${label}</label
    >`;
  }

  private field(name: Field, label: string, hint?: string): TemplateResult {
    const error = this.errors[name];
    const ids = `${hint ? `${name}-hint ` : ''}${error ? `${name}-error` : ''}`.trim();
    return html`<div class="field">
      <label class="b" for=${name}>${label}</label>
      ${hint ? html`<p class="small" id="${name}-hint">${hint}</p>` : nothing}
      ${error ? html`<p class="error" id="${name}-error">${msg('Erreur :', { id: 'eligibility.error' })} ${this.errorText(name, error)}</p>` : nothing}
      <input
        id=${name}
        name=${name}
        class=${name}
        inputmode=${name === 'income' ? 'decimal' : 'numeric'}
        autocomplete="off"
        .value=${this.form[name] ?? ''}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${ids || nothing}
      />
    </div>`;
  }

  private errorText(name: Field, error: FieldError): string {
    const income = name === 'income';
    const [min, max] =
      name === 'persons' ? [1, 30] : name === 'dependants' ? [0, Number(this.form['persons']) - 1] : [16, 120];
    return error === 'negative'
      ? msg('Ce nombre ne peut pas être négatif.', { id: 'eligibility.negative' })
      : income && error === 'empty'
        ? msg('Écrivez 0 si vous n’en avez pas.', { id: 'eligibility.income-empty' })
        : error === 'empty' || error === 'invalid'
          ? msg(str`Écrivez un nombre, par exemple ${income ? '25 000' : min + 2}.`, { id: 'eligibility.invalid' })
          : income
            ? msg('Montant trop élevé : vérifiez-le.', { id: 'eligibility.income-large' })
            : msg(str`Indiquez un nombre de ${min} à ${max}.`, { id: 'eligibility.range' });
  }

  private onInput(e: Event): void {
    const input = e.target as HTMLInputElement;
    this.form = { ...this.form, [input.name]: input.type === 'checkbox' ? (input.checked ? '1' : '') : input.value };
  }

  private async onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    const f = this.form;
    const count = (k: Field, min: number, max: number) => parseNumber(f[k] ?? '', min, max, true);
    const parsed: Partial<Record<Field, Parsed>> = { persons: count('persons', 1, 30) };
    const n = 'value' in parsed.persons! ? parsed.persons.value : 0;
    const couple = !!f['couple'];
    if (couple && n === 2) {
      parsed.age1 = count('age1', 16, 120);
      parsed.age2 = count('age2', 16, 120);
    }
    if (!couple && n > 1 && f['dependants']?.trim()) parsed.dependants = count('dependants', 0, n - 1);
    parsed.income = parseNumber(f['income'] ?? '', 0, 1e7);
    const errors: Partial<Record<Field, FieldError>> = this.activeZone ? {} : { zone: 'empty' };
    const v: Partial<Record<Field, number>> = {};
    for (const [k, p] of Object.entries(parsed)) {
      if ('error' in p) errors[k as Field] ??= p.error;
      else v[k as Field] = p.value;
    }
    this.errors = errors;
    this.result = undefined;
    await this.updateComplete;
    const first = Object.keys(errors)[0];
    if (first) {
      this.renderRoot.querySelector<HTMLInputElement>(first === 'zone' ? 'input' : `#${first}`)?.focus();
      return;
    }
    const ages: [number, number] | undefined = v.age1 !== undefined ? [v.age1, v.age2!] : undefined;
    this.told = {
      persons: n,
      couple,
      ...(ages ? { ages } : {}),
      dependants: v.dependants ?? 0,
      disability: !!f['disability'],
      income: v.income!,
    };
    const r = (this.result = check(
      this.tables,
      {
        persons: n,
        couple,
        disability: !!f['disability'],
        dependants: v.dependants ?? 0,
        ...(ages ? { ageSum: ages[0] + ages[1] } : {}),
      },
      v.income!,
      this.activeZone as Zone,
      this.year,
    ));
    // The reader is taken to the result: its heading gets focus, the verdict is announced.
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('#result-title');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
    const under = (p: Product) => r.under[p] ?? null;
    this.dispatchEvent(
      new EligibilityResultEvent({
        category: r.category,
        zone: r.zone,
        year: r.year,
        under: {
          plai: under('PLAI'),
          plus: under('PLUS'),
          pls: under('PLS'),
          ...(r.zone === 'overseas' ? { llts: under('LLTS'), lls: under('LLS') } : {}),
        },
      }),
    );
  }

  /**
   * The verdict, announced and printed: which kinds of housing the income allows, which
   * ceilings it is above, and, for a ceiling with no figure, where to ask. A computed ceiling
   * counts like an official one here: the lines below say which is which.
   */
  private summary(r: CheckResult): string {
    const [u, a, n] = [true, false, null].map((v) => r.products.filter((p) => (r.under[p] ?? null) === v));
    const l = (xs: string[], type?: 'disjunction') => formatList(xs, this.locale, type);
    return [
      u!.length
        ? msg(str`Vos revenus permettent un logement ${l(u!, 'disjunction')}.`, { id: 'eligibility.under' })
        : '',
      a!.length === 1 ? msg(str`Ils dépassent le plafond ${a![0]!}.`, { id: 'eligibility.above-one' }) : '',
      a!.length > 1 ? msg(str`Ils dépassent les plafonds ${l(a!)}.`, { id: 'eligibility.above-other' }) : '',
      n!.length
        ? msg(str`Pour ${l(n!, 'disjunction')}, demandez le plafond à un guichet.`, { id: 'eligibility.unknown' })
        : '',
      u!.length ? '' : msg('Vous pouvez quand même faire une demande.', { id: 'eligibility.anyway' }),
    ]
      .filter(Boolean)
      .join(' ');
  }

  private points(n: number): string {
    const abs = Math.abs(n);
    const word = pluralMessage(abs, this.locale, {
      // Arabic has six categories, Ukrainian four: each its word, French as French says it.
      zero: () => msg('point', { id: 'eligibility.points.zero' }),
      one: () => msg('point', { id: 'eligibility.point' }),
      two: () => msg('points', { id: 'eligibility.points.two' }),
      few: () => msg('points', { id: 'eligibility.points.few' }),
      many: () => msg('points', { id: 'eligibility.points.many' }),
      other: () => msg('points', { id: 'eligibility.points' }),
    });
    return `${n > 0 ? '+' : n < 0 ? '−' : ''}${abs} ${word}`;
  }

  /** "Source: <link>" for anything with `source` and `sourceUrl`. */
  private source(s?: { source?: LocalizedText; sourceUrl?: string }): TemplateResult | typeof nothing {
    return s?.source || s?.sourceUrl
      ? html`${msg('Source :', { id: 'eligibility.source' })}
        ${this.link(s.sourceUrl, this.t(s.source) || s.sourceUrl || '')}`
      : nothing;
  }

  private link(url: string | undefined, text: string): TemplateResult | string {
    const href = safeHref(url, this, 'eligibility link');
    return href ? html`<a href=${href}>${text}</a>` : text;
  }
}
