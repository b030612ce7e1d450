import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { VlElement, pluralCategory, safeHref } from '@voix-logement/core';
import type { CeilingTable, LocalizedText } from '@voix-logement/content';
import { EligibilityResultEvent } from './events.js';
import { styles } from './vl-eligibility.styles.js';
import {
  ceilingFor, check, currentCeilingYear, parseAmount, parseCount, products, zones,
  type Ceiling, type CheckResult, type FieldError, type Parsed, type Product, type Zone,
} from './rules.js';

type Field = 'persons' | 'dependants' | 'age1' | 'age2' | 'income' | 'zone';
const modes = ['check', 'explain'] as const;
const euro = (n: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n);
const list = (items: string[], locale: string) => new Intl.ListFormat(locale).format(items);

/**
 * Who can apply for social housing, the income ceilings, the priorities of the law and the
 * territory's scoring grid; in `check` mode, a private household check against the ceilings.
 * Nothing typed leaves the browser or is stored.
 *
 * @tag vl-eligibility
 * @tagname vl-eligibility
 * @summary Who can apply for social housing, and a private check of the income ceilings.
 * @fires vl-eligibility-result - The reader ran the check. `detail: { category, zone, year, under: { plai, plus, pls } }` (true, false, or null when not available); never the income.
 * @csspart heading - The widget's title.
 * @csspart ceilings - The table of ceilings for the zone.
 * @csspart form - The household check form.
 * @csspart result - The check's result.
 * @cssproperty [--vl-color-primary=#1b4f8f] - Links, buttons and focus rings.
 * @cssproperty [--vl-color-danger=#b3261e] - Error messages.
 */
export class VlEligibility extends VlElement {
  static override styles = styles;

  /** `paris`, `idf`, `other` or `overseas`. Default: the pack's zone, else the reader chooses. */
  @property() zone = '';

  /** `check` (default: the rules and the household check) or `explain` (the rules only). */
  @property() mode = 'check';

  @state() private chosenZone: Zone | '' = '';
  @state() private form: Record<string, string> = {};
  @state() private errors: Partial<Record<Field, FieldError>> = {};
  @state() private result?: CheckResult;

  private activeZone: Zone | '' = '';
  /** True when neither the attribute nor the pack sets the zone: the reader chooses. */
  private readerZone = false;
  private activeMode: (typeof modes)[number] = 'check';
  private year?: number;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.activeMode = this.oneOf('mode', this.mode, modes, 'check');
    const own = this.zone && (zones as readonly string[]).includes(this.zone) ? (this.zone as Zone) : undefined;
    const packZone = this.content.eligibility.zone ?? this.content.territory?.zone;
    if (this.zone && !own && this.contentStatus !== 'loading') {
      this.warn('vl-invalid-attribute', `zone="${this.zone}" is not one of ${zones.join(', ')}; using ${packZone ? `the pack's zone "${packZone}"` : "the reader's choice"}`);
    }
    this.readerZone = !own && !packZone;
    this.activeZone = own ?? packZone ?? this.chosenZone;
    this.year = currentCeilingYear(this.tables, new Date());
  }

  private get tables(): CeilingTable[] {
    return this.content.eligibility.ceilings ?? [];
  }

  override render() {
    const { household: rules = {}, priorities = [], prioritiesSource: ps, scoring } = this.content.eligibility;
    const h = this.level + 1;
    const year = this.year;
    return html`<section class="root" lang=${this.locale} aria-labelledby="title">
      ${this.renderTitle(msg('Qui peut demander un logement social ?', { id: 'eligibility.title' }))}
      <p class="lead">${this.t(rules.applyAnyway)}</p>
      ${this.renderHeading(h, msg('Les conditions', { id: 'eligibility.conditions' }))}
      ${this.texts(rules.conditions)}
      ${year ? html`<p>${this.t(rules.income).replace('{year}', `${year}`).replace('{n2}', `${year - 2}`).replace('{n1}', `${year - 1}`)}</p>` : nothing}
      <p>${this.t(rules.whoCounts)}</p>
      <p>${this.t(rules.youngCouple)}</p>
      <p>${msg('Cas particuliers :', { id: 'eligibility.exceptions' })}</p>
      ${this.texts(rules.exceptions)}
      <p>${this.t(rules.above)} ${this.source(rules.source, rules.sourceUrl)}</p>
      ${this.renderHeading(h, msg('Les plafonds de revenus', { id: 'eligibility.ceilings-title' }))}
      ${this.renderZone()} ${this.renderCeilings()}
      ${this.activeMode === 'check' ? this.renderCheck(h) : nothing}
      ${this.renderHeading(h, msg('Qui passe en priorité ?', { id: 'eligibility.priorities' }))}
      <ul class="priorities">
        ${priorities.map((p) => html`<li>${p.letter ? `${p.letter}) ` : ''}${this.t(p.text)}${this.flag(p.unconfirmed)}</li>`)}
      </ul>
      <p class="small">${this.t(ps?.note)} ${this.source(ps?.source, ps?.sourceUrl)}${this.flag(ps?.unconfirmed)}</p>
      ${this.renderHeading(h, msg('Comment les demandes sont classées (cotation)', { id: 'eligibility.scoring' }))}
      <p>${this.t(rules.scoring)}</p>
      ${scoring?.criteria?.length
        ? html`${this.renderHeading(h + 1, this.t(this.content.territory?.name) || msg('La grille de votre territoire', { id: 'eligibility.scoring-local' }))}
            ${scoring.intro ? html`<p>${this.t(scoring.intro)}</p>` : nothing}
            <ul class="scoring">
              ${scoring.criteria.map((c) => html`<li>${this.t(c.label)}${c.points === undefined ? nothing : html` : <strong>${this.points(c.points)}</strong>`}</li>`)}
            </ul>
            ${this.link(scoring.url, msg('La grille complète', { id: 'eligibility.scoring-link' }))}`
        : html`<p>${msg('Demandez la grille de votre territoire à un guichet : elle est publique.', { id: 'eligibility.scoring-none' })}</p>`}
    </section>`;
  }

  private texts(items: LocalizedText[] = []): TemplateResult {
    return html`<ul>${items.map((e) => html`<li>${this.t(e)}</li>`)}</ul>`;
  }

  private zoneName(z: Zone): string {
    return this.t(this.content.eligibility.zoneNames?.[z]) || z;
  }

  /** The zone in words, or a chooser when neither the attribute nor the pack sets it. */
  private renderZone(): TemplateResult {
    if (!this.readerZone && this.activeZone) {
      return html`<p>${msg('Zone :', { id: 'eligibility.zone' })} <strong>${this.zoneName(this.activeZone)}</strong></p>`;
    }
    const error = this.errors.zone;
    return html`<fieldset class="zones" aria-describedby=${error ? 'zone-error' : nothing}>
      <legend>${msg('Où cherchez-vous un logement ?', { id: 'eligibility.zone-question' })}</legend>
      ${error ? html`<p class="error" id="zone-error">${msg('Choisissez une zone.', { id: 'eligibility.zone-error' })}</p>` : nothing}
      ${zones.map((z) => html`<label class="choice"><input type="radio" name="zone" value=${z} .checked=${this.chosenZone === z}
        @change=${() => { this.chosenZone = z; this.errors = { ...this.errors, zone: undefined }; this.result = undefined; }} />
        ${this.zoneName(z)}</label>`)}
    </fieldset>`;
  }

  private cell(c: Ceiling): TemplateResult {
    if (c.amount === undefined) return html`<span class="na">${msg('non disponible', { id: 'eligibility.na' })}</span>`;
    return html`${euro(c.amount, this.locale)}${c.status === 'computed' ? html` <span class="small">${msg('(indicatif)', { id: 'eligibility.indicative' })}</span>` : nothing}`;
  }

  /** The zone's ceilings for the year, each product's source and status below. */
  private renderCeilings(): TemplateResult | typeof nothing {
    const zone = this.activeZone;
    const year = this.year;
    if (!year) return nothing;
    const cats = this.content.eligibility.household?.categories ?? [];
    const rows = [1, 2, 3, 4, 5, 6, 7];
    return html`${zone
        ? html`<div class="scroll" part="ceilings" tabindex="0" role="region" aria-labelledby="caption"><table>
            <caption id="caption">${msg(str`Revenus maximum par an, en ${year}`, { id: 'eligibility.caption' })}</caption>
            <thead><tr><th scope="col">${msg('Ménage (catégorie)', { id: 'eligibility.household' })}</th>${products.map((p) => html`<th scope="col">${p}</th>`)}</tr></thead>
            <tbody>${rows.map((n) => html`<tr>
              <th scope="row">${n < 7 ? html`${n}. ${this.t(cats[n - 1])}` : msg('Par personne en plus', { id: 'eligibility.extra' })}</th>
              ${products.map((p) => {
                const c = ceilingFor(this.tables, p, zone, year, { category: n < 7 ? n : 6, extra: 0 });
                const t = c.table;
                const extra = t?.status === 'missing' ? undefined : t?.[`${zone}Extra`];
                return html`<td>${n < 7 ? this.cell(c) : this.cell({ ...c, amount: extra ?? undefined })}</td>`;
              })}
            </tr>`)}</tbody>
          </table></div>
          ${zone === 'overseas' ? html`<p>${msg('En outre-mer, seuls les plafonds les plus hauts (PLS) sont publiés.', { id: 'eligibility.overseas' })}</p>` : nothing}`
        : nothing}
      <ul class="sources small">
        ${products.map((p) => {
          const t = this.tables.find((x) => x.product === p && x.year === year);
          return html`<li>${p} ${year} : ${t ? html`${this.source(t.source, t.sourceUrl)} ${t.status === 'partial' ? msg('(certains chiffres manquent)', { id: 'eligibility.partial' }) : nothing}
            ${t.rule && (t.status === 'computed' || (zone && t.computedZones?.includes(zone))) ? html`${msg('Indicatif, calculé :', { id: 'eligibility.computed' })} ${this.t(t.rule)}.` : nothing}
            ${this.t(t.note)}` : msg('non disponible', { id: 'eligibility.na' })}</li>`;
        })}
      </ul>
`;
  }

  private renderCheck(h: number): TemplateResult {
    const couple = this.form['couple'] === '1';
    const persons = parseCount(this.form['persons'] ?? '', 1, 30);
    const n = 'value' in persons ? persons.value : 0;
    const year = this.year ?? 0;
    return html`${this.renderHeading(h, msg('Vérifier vos revenus', { id: 'eligibility.check' }))}
      <p>${msg('Ce que vous écrivez reste sur votre appareil : rien n’est envoyé ni enregistré.', { id: 'eligibility.privacy' })}</p>
      <form part="form" novalidate @submit=${this.onSubmit} @input=${this.onInput}>
        ${this.field('persons', msg('Nombre de personnes qui vivront dans le logement', { id: 'eligibility.persons' }), msg('Vous compris, avec les enfants.', { id: 'eligibility.persons-hint' }))}
        <label class="choice"><input type="checkbox" name="couple" .checked=${couple} />
          ${msg('Vous vivez en couple (mariés, pacsés ou en concubinage)', { id: 'eligibility.couple' })}</label>
        ${couple && n === 2
          ? html`${this.field('age1', msg('Votre âge', { id: 'eligibility.age1' }), msg('En années. Sert à savoir si vous êtes un « jeune ménage ».', { id: 'eligibility.age-hint' }))}
              ${this.field('age2', msg('L’âge de votre conjoint', { id: 'eligibility.age2' }))}`
          : nothing}
        ${!couple && n > 1
          ? this.field('dependants', msg('Parmi elles, combien sont à votre charge ?', { id: 'eligibility.dependants' }), msg('Enfants sans revenus, adultes rattachés à votre avis d’impôt. 0 si personne.', { id: 'eligibility.dependants-hint' }))
          : nothing}
        <label class="choice"><input type="checkbox" name="disability" .checked=${this.form['disability'] === '1'} />
          ${msg('Une personne du foyer a la carte mobilité inclusion « invalidité »', { id: 'eligibility.disability' })}</label>
        ${this.field('income', msg(str`Revenu fiscal de référence ${year - 2} de tout le foyer, en euros`, { id: 'eligibility.income' }),
          msg(str`Additionnez le revenu fiscal de référence de chaque personne. Il est sur l’avis d’impôt ${year - 1}. Exemple : 25 000`, { id: 'eligibility.income-hint' }), 'wide')}
        <button type="submit">${msg('Vérifier', { id: 'eligibility.submit' })}</button>
      </form>
      <div role="status" class="status">${this.result ? html`<p><strong>${this.summary(this.result)}</strong></p>` : nothing}</div>
      ${this.result ? this.renderResult(this.result) : nothing}`;
  }

  private field(name: Field, label: string, hint?: string, size = ''): TemplateResult {
    const error = this.errors[name];
    const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${name}>${label}</label>
      ${hint ? html`<p class="hint" id="${name}-hint">${hint}</p>` : nothing}
      ${error ? html`<p class="error" id="${name}-error">${this.errorText(name, error)}</p>` : nothing}
      <input id=${name} name=${name} type="text" class=${size} inputmode=${name === 'income' ? 'decimal' : 'numeric'} autocomplete="off"
        .value=${this.form[name] ?? ''} aria-invalid=${error ? 'true' : nothing} aria-describedby=${describedBy || nothing} />
    </div>`;
  }

  private errorText(name: Field, error: FieldError): string {
    const income = name === 'income';
    const [min, max] = name === 'persons' ? [1, 30] : name === 'dependants' ? [0, Number(this.form['persons']) - 1] : [16, 120];
    const text =
      error === 'empty'
        ? income
          ? msg('Indiquez le revenu fiscal de référence. Écrivez 0 si vous n’en avez pas.', { id: 'eligibility.income-empty' })
          : msg('Indiquez un nombre.', { id: 'eligibility.empty' })
        : error === 'invalid'
          ? msg(str`Écrivez un nombre, par exemple ${income ? '25 000' : min + 2}.`, { id: 'eligibility.invalid' })
          : error === 'negative'
            ? msg('Ce nombre ne peut pas être négatif.', { id: 'eligibility.negative' })
            : income
              ? msg('Ce montant semble trop élevé : vérifiez-le.', { id: 'eligibility.income-large' })
              : msg(str`Indiquez un nombre de ${min} à ${max}.`, { id: 'eligibility.range' });
    return `${msg('Erreur :', { id: 'eligibility.error' })} ${text}`;
  }

  private onInput(e: Event): void {
    const input = e.target as HTMLInputElement;
    if (input.name === 'zone') return;
    this.form = { ...this.form, [input.name]: input.type === 'checkbox' ? (input.checked ? '1' : '') : input.value };
  }

  private async onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    const f = this.form;
    const parsed: Partial<Record<Field, Parsed>> = { persons: parseCount(f['persons'] ?? '', 1, 30), income: parseAmount(f['income'] ?? '') };
    const n = 'value' in parsed.persons! ? parsed.persons.value : 0;
    const couple = f['couple'] === '1';
    if (couple && n === 2) {
      parsed.age1 = parseCount(f['age1'] ?? '', 16, 120);
      parsed.age2 = parseCount(f['age2'] ?? '', 16, 120);
    }
    if (!couple && n > 1 && (f['dependants'] ?? '').trim()) parsed.dependants = parseCount(f['dependants']!, 0, n - 1);
    const errors: Partial<Record<Field, FieldError>> = {};
    const value = (k: Field) => { const p = parsed[k]; return p && 'value' in p ? p.value : undefined; };
    for (const [k, p] of Object.entries(parsed)) if ('error' in p) errors[k as Field] = p.error;
    if (!this.activeZone) errors.zone = 'empty';
    this.errors = errors;
    this.result = undefined;
    await this.updateComplete;
    const first = (['zone', 'persons', 'age1', 'age2', 'dependants', 'income'] as const).find((k) => errors[k]);
    if (first) {
      (this.renderRoot.querySelector<HTMLInputElement>(first === 'zone' ? 'input[name=zone]' : `#${first}`))?.focus();
      return;
    }
    const age1 = value('age1'), age2 = value('age2');
    const result = check(this.tables, {
      persons: n, couple, disability: f['disability'] === '1', dependants: value('dependants') ?? 0,
      ...(age1 !== undefined && age2 !== undefined ? { ageSum: age1 + age2 } : {}),
    }, value('income')!, this.activeZone as Zone, this.year!);
    this.result = result;
    this.dispatchEvent(new EligibilityResultEvent({
      category: result.category, zone: result.zone, year: result.year,
      under: { plai: result.under.PLAI, plus: result.under.PLUS, pls: result.under.PLS },
    }));
  }

  /** The sentence announced: which ceilings the household is under, and what cannot be told. */
  private summary(r: CheckResult): string {
    const by = (v: boolean | null) => products.filter((p) => r.under[p] === v);
    const under = by(true), above = by(false), unknown = by(null);
    const parts: string[] = [];
    const one = (xs: string[]) => xs.length < 2;
    const [u, a, n] = [under, above, unknown].map((xs) => list(xs, this.locale));
    if (under.length) parts.push(one(under) ? msg(str`Vos revenus sont sous le plafond ${u}.`, { id: 'eligibility.under' }) : msg(str`Vos revenus sont sous les plafonds ${u}.`, { id: 'eligibility.under-many' }));
    if (above.length) parts.push(one(above) ? msg(str`Ils dépassent le plafond ${a}.`, { id: 'eligibility.above' }) : msg(str`Ils dépassent les plafonds ${a}.`, { id: 'eligibility.above-many' }));
    if (unknown.length) parts.push(msg(str`Nous ne pouvons pas dire pour ${n} : pas de plafond disponible pour ${r.year}.`, { id: 'eligibility.unknown' }));
    return parts.join(' ');
  }

  private renderResult(r: CheckResult): TemplateResult {
    const under = products.filter((p) => r.under[p]);
    const rules = this.content.eligibility.household;
    const extraWord = pluralCategory(r.extra, this.locale) === 'one' ? msg('personne', { id: 'eligibility.person' }) : msg('personnes', { id: 'eligibility.people' });
    return html`<div part="result" class="result">
      ${this.renderHeading(this.level + 2, msg('Votre résultat', { id: 'eligibility.result' }))}
      <p>${msg(str`Votre ménage est en catégorie ${r.category}`, { id: 'eligibility.category' })}${r.extra
        ? msg(str`, plus ${r.extra} ${extraWord}`, { id: 'eligibility.category-extra' })
        : ''}. ${this.zoneName(r.zone)}.</p>
      <ul>${r.ceilings.map((c) => html`<li>${c.product} ${r.year} : ${this.cell(c)}${c.table?.rule && c.status === 'computed' ? html` (${this.t(c.table.rule)})` : nothing}</li>`)}</ul>
      <p>${under.length
        ? msg(str`Selon vos revenus, ces logements sociaux vous sont ouverts : ${list(under, this.locale)}.`, { id: 'eligibility.open' })
        : r.under.PLS === false ? this.t(rules?.above) : nothing}</p>
      <p>${this.t(rules?.applyAnyway)}</p>
      <p>${msg('Ce résultat est une indication. Le bailleur vérifie vos revenus au moment de l’attribution.', { id: 'eligibility.landlord' })}</p>
      <p>${msg('Vos revenus ont baissé, ou vous vous séparez ? D’autres revenus peuvent compter :', { id: 'eligibility.result-exceptions' })}</p>
      ${this.texts(rules?.exceptions)}
      <p>${msg('Prochaine étape : déposer votre demande, en ligne ou à un guichet (mairie, bailleur…). C’est gratuit.', { id: 'eligibility.next' })}
        ${this.link('https://www.demande-logement-social.gouv.fr', 'demande-logement-social.gouv.fr')}</p>
    </div>`;
  }

  private points(n: number): string {
    const abs = Math.abs(n);
    const word = pluralCategory(abs, this.locale) === 'one' ? msg('point', { id: 'eligibility.point' }) : msg('points', { id: 'eligibility.points' });
    return `${n > 0 ? '+' : n < 0 ? '−' : ''}${abs} ${word}`;
  }

  private source(text: LocalizedText | undefined, url: string | undefined): TemplateResult | typeof nothing {
    if (!text && !url) return nothing;
    return html`${msg('Source :', { id: 'eligibility.source' })} ${this.link(url, this.t(text) || url || '')}`;
  }

  private link(url: string | undefined, text: string): TemplateResult | string {
    const href = safeHref(url, this, 'eligibility link');
    return href ? html`<a href=${href}>${text}</a>` : text;
  }

  private flag(on: boolean | undefined): TemplateResult | typeof nothing {
    return on ? html` <span class="unconfirmed">${msg('(à confirmer)', { id: 'eligibility.unconfirmed' })}</span>` : nothing;
  }
}
