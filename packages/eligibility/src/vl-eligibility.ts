import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import { VlElement, formatEuros, formatList, pluralMessage, safeHref } from '@voix-logement/core';
import type { LocalizedText } from '@voix-logement/content';
import { nationalEligibility, eligibilitySection, type NationalSections } from '@voix-logement/content';
import { EligibilityResultEvent } from './events.js';
import { styles } from './vl-eligibility.styles.js';
import {
  ceilingFor,
  check,
  currentCeilingYear,
  parseNumber,
  products,
  zones,
  type Ceiling,
  type CheckResult,
  type FieldError,
  type Parsed,
  type Zone,
} from './rules.js';

type Field = 'persons' | 'dependants' | 'age1' | 'age2' | 'income' | 'zone';

/**
 * Who can apply for social housing, the income ceilings, the priorities of the law and the
 * territory's scoring grid; in `check` mode, a private household check against the ceilings.
 * Nothing typed leaves the browser or is stored.
 *
 * @tag vl-eligibility
 * @tagname vl-eligibility
 * @summary Who can apply for social housing, and a private check of the income ceilings.
 * @fires vl-eligibility-result - The reader ran the check.
 *   `detail: { category, zone, year, under: { plai, plus, pls } }`
 *   (true, false, or null when not available); never the income.
 * @csspart heading - The widget's title.
 * @csspart ceilings - The table of ceilings for the zone.
 * @csspart form - The household check form.
 * @csspart result - The check's result.
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

  /** `paris`, `idf`, `other` or `overseas`. Default: the pack's zone, else the reader chooses. */
  zone: '' | 'paris' | 'idf' | 'other' | 'overseas' = '';

  /** `check` (default: the rules and the household check) or `explain` (the rules only). */
  mode: 'check' | 'explain' = 'check';

  private chosen: Zone | '' = '';
  private form: Record<string, string> = {};
  private errors: Partial<Record<Field, FieldError>> = {};
  private result?: CheckResult;

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
    const cats = r.categories ?? [];
    return html`<section class="root" lang=${this.locale}>
      ${this.renderTitle(msg('Qui peut demander un logement social ?', { id: 'eligibility.title' }))}
      <p class="b">${this.t(r.applyAnyway)}</p>
      ${this.texts(r.conditions)}
      <p>
        ${this.t(r.income)
          .replace('{year}', `${year}`)
          .replace('{n2}', `${year - 2}`)
          .replace('{n1}', `${year - 1}`)}
      </p>
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
      ${
        zone && year
          ? html`<div class="scroll" part="ceilings" tabindex="0" role="region" aria-labelledby="caption">
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
                        ${products.map((p) => {
                          const c = ceilingFor(this.tables, p, zone, year, { category: 6, extra: 0 });
                          return html`<td>
                            ${this.cell(n < 7 ? ceilingFor(this.tables, p, zone, year, { category: n, extra: 0 }) : { ...c, amount: c.amount && (c.table?.[`${zone}Extra`] ?? undefined) })}
                          </td>`;
                        })}
                      </tr>`,
                  )}
                </table>
              </div>
              ${zone === 'overseas' ? html`<p>${msg('En outre-mer, seul le plafond PLS est publié.', { id: 'eligibility.overseas' })}</p>` : nothing}`
          : nothing
      }
      ${
        year
          ? html`<ul class="sources small">
              ${products.map((p) => {
                const t = this.tables.find((x) => x.product === p && x.year === year);
                return html`<li>
                  ${p} ${year} :
                  ${
                    t
                      ? html`${this.source(t)} ${this.t(t.note)}
                        ${t.rule && (t.status === 'computed' || (zone && t.computedZones?.includes(zone))) ? html`${this.indicative()} ${this.t(t.rule)}` : nothing}`
                      : this.na()
                  }
                </li>`;
              })}
            </ul>`
          : nothing
      }
      ${this.checking ? this.renderCheck(h) : nothing}
      ${this.renderHeading(h, msg('Qui passe en priorité ?', { id: 'eligibility.priorities' }))}
      <ul class="priorities">
        ${priorities.map((p) => html`<li>${p.letter ? `${p.letter}) ` : ''}${this.t(p.text)}${this.flag(p.unconfirmed)}</li>`)}
      </ul>
      <p class="small">${this.t(ps?.note)} ${this.source(ps)}${this.flag(ps?.unconfirmed)}</p>
      ${this.renderHeading(h, msg('Le classement des demandes (cotation)', { id: 'eligibility.scoring' }))}
      <p>${this.t(r.scoring)}</p>
      ${
        scoring?.criteria?.length
          ? html`${this.renderHeading(h + 1, this.t(this.content.territory?.name) || msg('La grille complète', { id: 'eligibility.scoring-link' }))}
              <p>${this.t(scoring.intro)}</p>
              ${this.texts(scoring.criteria.map((c) => (c.points === undefined ? c.label : `${this.t(c.label)} : ${this.points(c.points)}`)))}
              ${this.link(scoring.url, msg('La grille complète', { id: 'eligibility.scoring-link' }))}`
          : html`<p>
              ${msg('Chaque grille est publique : demandez-la à un guichet.', { id: 'eligibility.scoring-none' })}
            </p>`
      }
    </section>`;
  }

  private texts(items: LocalizedText[] = []): TemplateResult {
    return html`<ul>
      ${items.map((e) => html`<li>${this.t(e)}</li>`)}
    </ul>`;
  }

  private zoneName(z: Zone): string {
    return this.t(this.content.eligibility.zoneNames?.[z]) || z;
  }

  private indicative(): string {
    return msg('(indicatif)', { id: 'eligibility.indicative' });
  }

  private na(): string {
    return msg('non disponible', { id: 'eligibility.na' });
  }

  private cell(c: Ceiling): TemplateResult | string {
    return c.amount === undefined
      ? this.na()
      : html`${formatEuros(c.amount, this.locale)}${c.status === 'computed' ? html` <span class="small">${this.indicative()}</span>` : nothing}`;
  }

  private renderCheck(h: number): TemplateResult {
    const f = this.form;
    const couple = !!f['couple'];
    const n = Number(f['persons']) || 0;
    const year = this.year;
    const r = this.result;
    return html`${this.renderHeading(h, msg('Vérifier vos revenus', { id: 'eligibility.check' }))}
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
                msg('Enfants ou adultes sur votre avis d’impôt. 0 si personne.', { id: 'eligibility.dependants-hint' }),
              )
            : nothing
        }
        ${this.box('disability', msg('Une personne du foyer a la carte d’invalidité (CMI)', { id: 'eligibility.disability' }))}
        ${this.field(
          'income',
          msg(str`Revenu fiscal de référence ${year - 2} de tout le foyer, en euros`, { id: 'eligibility.income' }),
          msg(str`Celui de chaque personne, additionnés (avis d’impôt ${year - 1}). Exemple : 25 000`, {
            id: 'eligibility.income-hint',
          }),
        )}
        <button class="b">${msg('Vérifier', { id: 'eligibility.submit' })}</button>
      </form>
      <div role="status">${r ? html`<p class="b">${this.summary(r)}</p>` : nothing}</div>
      ${
        r
          ? html`<div part="result" class="result">
              ${this.renderHeading(h + 1, msg('Votre résultat', { id: 'eligibility.result' }))}
              <p>
                ${msg(str`Votre ménage est en catégorie ${r.category}`, { id: 'eligibility.category' })}${
                  r.extra ? msg(str` (personnes en plus : ${r.extra})`, { id: 'eligibility.category-extra' }) : ''
                }.
                ${this.zoneName(r.zone)}.
              </p>
              <ul>
                ${r.ceilings.map((c) => html`<li>${c.product} ${r.year} : ${this.cell(c)}</li>`)}
              </ul>
              <p>
                ${r.under.PLS === false ? this.t(this.content.eligibility.household?.above) : ''}
                ${this.t(this.content.eligibility.household?.applyAnyway)}
              </p>
              <p>${msg('C’est une indication : le bailleur vérifie vos revenus.', { id: 'eligibility.landlord' })}</p>
              <p>
                ${msg('Prochaine étape : faire votre demande, gratuite, en ligne ou à un guichet.', { id: 'eligibility.next' })}
                ${this.link('https://www.demande-logement-social.gouv.fr', 'demande-logement-social.gouv.fr')}
              </p>
            </div>`
          : nothing
      }`;
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
    const r = (this.result = check(
      this.tables,
      {
        persons: n,
        couple,
        disability: !!f['disability'],
        dependants: v.dependants ?? 0,
        ...(v.age1 !== undefined ? { ageSum: v.age1 + v.age2! } : {}),
      },
      v.income!,
      this.activeZone as Zone,
      this.year,
    ));
    this.dispatchEvent(
      new EligibilityResultEvent({
        category: r.category,
        zone: r.zone,
        year: r.year,
        under: { plai: r.under.PLAI, plus: r.under.PLUS, pls: r.under.PLS },
      }),
    );
  }

  /** The sentence announced: which ceilings the household is under, and what cannot be told. */
  private summary(r: CheckResult): string {
    const [u, a, n] = [true, false, null].map((v) => products.filter((p) => r.under[p] === v));
    const l = (xs: string[], type?: 'disjunction') => formatList(xs, this.locale, type);
    return [
      u!.length
        ? msg(str`Vos revenus permettent un logement ${l(u!, 'disjunction')}.`, { id: 'eligibility.under' })
        : '',
      a!.length ? msg(str`Plafond dépassé pour ${l(a!)}.`, { id: 'eligibility.above' }) : '',
      n!.length
        ? msg(str`Pas de plafond ${l(n!, 'disjunction')} connu pour ${r.year} : impossible de dire.`, {
            id: 'eligibility.unknown',
          })
        : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  private points(n: number): string {
    const abs = Math.abs(n);
    const word = pluralMessage(abs, this.locale, {
      one: () => msg('point', { id: 'eligibility.point' }),
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

  private flag(on?: boolean): TemplateResult | typeof nothing {
    return on
      ? html` <span class="unconfirmed">${msg('(à confirmer)', { id: 'eligibility.unconfirmed' })}</span>`
      : nothing;
  }
}
