import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { VlElement, baseStyles, safeHref } from '@voix-logement/core';
import type { CircuitLink, CircuitStep } from '@voix-logement/content';
import { formatDate, planCircuit, type CircuitPlan, type PlacedStep } from './circuit.js';
import { VlStepToggleEvent } from './events.js';
import { circuitStyles } from './vl-demand-circuit.styles.js';

const variants = ['full', 'compact'] as const;
type Variant = (typeof variants)[number];

/**
 * The path of a social housing application, from filing to the lease, in the spirit of
 * GOV.UK's step-by-step navigation: numbered steps, each opening on its details, with
 * side paths (an abnormally long wait, a refused offer) and the territory's own
 * specifics in an "Ici" block.
 *
 * @tag vl-demand-circuit
 * @tagname vl-demand-circuit
 * @summary The steps of a social housing application, with local specifics.
 *
 * @fires vl-step-toggle - The reader opened or closed a step (`detail: { stepId, open }`), alone or with "show all".
 *
 * @csspart heading - The widget's title.
 * @csspart toggle-all - The "show all steps / hide all steps" button.
 * @csspart step - Each numbered step (a list item); also `current-step` on the current one.
 * @csspart current-step - The step marked "you are here".
 * @csspart step-number - The visible number of a step.
 * @csspart step-toggle - The button that opens a step or side path.
 * @csspart step-title - The title of a step or side path.
 * @csspart step-summary - The one-line summary of a step.
 * @csspart step-details - The details of a step, shown when open.
 * @csspart warning - A warning not to miss (renewal), shown even when the step is closed.
 * @csspart easy-read - The same thing in very simple words.
 * @csspart local - The "Ici / Locally" block: the territory pack's specifics.
 * @csspart source - Where the facts come from, and when they were checked.
 * @csspart unconfirmed - The flag on a step whose facts are not confirmed.
 * @csspart side-path - A side path (long wait, refusal) under its step.
 * @csspart current-marker - The "you are here" label.
 *
 * @cssproperty [--vl-color-primary=#1b4f8f] - Buttons, links, the current step's number.
 * @cssproperty [--vl-color-on-primary=#ffffff] - Text on the primary colour.
 * @cssproperty [--vl-color-text=#1e1e1e] - Text.
 * @cssproperty [--vl-color-muted=#545454] - Sources and secondary text.
 * @cssproperty [--vl-color-surface=#ffffff] - Background.
 * @cssproperty [--vl-color-border=#767676] - Step numbers, the line between steps, the local block.
 * @cssproperty [--vl-color-danger=#b3261e] - The border of a warning.
 * @cssproperty [--vl-font-family=inherit] - Font.
 * @cssproperty [--vl-font-size=1rem] - Base text size.
 * @cssproperty [--vl-radius=0.25rem] - Corner radius.
 * @cssproperty [--vl-space=1rem] - Base spacing.
 */
export class VlDemandCircuit extends VlElement {
  static override styles = [baseStyles, circuitStyles];

  /** A step id: that step is marked "you are here" (`aria-current="step"`). */
  @property({ attribute: 'current-step' }) currentStep = '';

  /** `full` (default: every step, with expandable details) or `compact` (one line a step, for sidebars). */
  @property() variant: string = 'full';

  /** A step id (or side-path id) expanded on load. */
  @property({ attribute: 'open-step' }) openStep = '';

  @state() private openIds: ReadonlySet<string> = new Set();

  private plan: CircuitPlan = planCircuit([]);
  private shownVariant: Variant = 'full';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || (changed as Map<PropertyKey, unknown>).has('content')) this.plan = planCircuit(this.content.circuit.steps ?? []);
    if (changed.has('variant')) this.shownVariant = this.oneOf('variant', this.variant, variants, 'full');
    if (changed.has('openStep') && this.openStep) this.openIds = new Set([...this.openIds, this.openStep]);
    if (this.contentStatus !== 'loading') this.checkIds();
  }

  /** Ids that name no step warn once and change nothing else: the circuit renders as usual. */
  private checkIds(): void {
    const known = this.plan.ids;
    for (const [attribute, value] of [['current-step', this.currentStep], ['open-step', this.openStep]] as const) {
      if (value && !known.includes(value)) {
        this.warn('vl-unknown-id', `${attribute}="${value}" is not a step id (${known.join(', ')}); ignored`);
      }
    }
    for (const { id, after } of this.plan.misplaced) {
      this.warn('vl-unknown-id', `pack circuit step "${id}": after="${after}" is not a step id; shown at the end`);
    }
  }

  override render() {
    const compact = this.shownVariant === 'compact';
    return html`<section class="root ${this.shownVariant}" lang=${this.locale} aria-labelledby="title">
      ${this.renderTitle(msg('Les étapes de votre demande de logement social', { id: 'circuit.title' }))}
      ${compact ? nothing : this.renderToggleAll()}
      <ol class="steps" role="list">
        ${this.plan.steps.map((p) => (compact ? this.renderCompactStep(p) : this.renderStep(p)))}
      </ol>
    </section>`;
  }

  private renderToggleAll(): TemplateResult {
    const allOpen = this.plan.ids.length > 0 && this.plan.ids.every((id) => this.openIds.has(id));
    return html`<button type="button" class="toggle-all no-print" part="toggle-all" aria-expanded=${allOpen ? 'true' : 'false'}
      aria-controls=${this.plan.ids.map(panelId).join(' ')} @click=${() => this.setOpen(this.plan.ids, !allOpen)}>
      ${allOpen ? msg('Masquer toutes les étapes', { id: 'circuit.hideAll' }) : msg('Afficher toutes les étapes', { id: 'circuit.showAll' })}
    </button>`;
  }

  private renderStep({ step, number, sidePaths }: PlacedStep): TemplateResult {
    const current = step.id === this.currentStep;
    const label = msg(str`Étape ${number} :`, { id: 'circuit.stepNumber' });
    return html`<li class="step ${current ? 'current' : ''}" part=${current ? 'step current-step' : 'step'} aria-current=${current ? 'step' : nothing}>
      <span class="number" part="step-number" aria-hidden="true">${number}</span>
      ${this.renderToggle(step, this.level + 1, label)}
      ${this.renderBody(step, current)}
      ${sidePaths.map((path) => {
        const here = path.id === this.currentStep;
        return html`<div class="side-path ${here ? 'current' : ''}" part="side-path" aria-current=${here ? 'step' : nothing}>
          ${this.renderToggle(path, this.level + 2, msg('Autre chemin :', { id: 'circuit.sidePath' }), true)}
          ${this.renderBody(path, here)}
        </div>`;
      })}
    </li>`;
  }

  /** The heading with its button: the accessible name starts with "Étape 3 :" or "Autre chemin :". */
  private renderToggle(step: CircuitStep, level: number, label: string, visibleLabel = false): TemplateResult {
    const open = this.openIds.has(step.id);
    const button = html`<button type="button" class="toggle" part="step-toggle" aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${panelId(step.id)} @click=${() => this.setOpen([step.id], !open)}>
      <span class=${visibleLabel ? 'or' : 'visually-hidden'}>${label}</span>
      <span class="title" part="step-title">${this.t(step.title) || step.id}</span>
    </button>`;
    return this.renderHeading(level, button, '', '', 'step-heading');
  }

  private renderBody(step: CircuitStep, current: boolean): TemplateResult {
    const open = this.openIds.has(step.id);
    return html`${current ? html`<p class="here" part="current-marker">${msg('Vous êtes ici', { id: 'circuit.here' })}</p>` : nothing}
      ${step.summary ? html`<p class="summary" part="step-summary">${this.t(step.summary)}</p>` : nothing}
      ${step.unconfirmed ? html`<p class="unconfirmed" part="unconfirmed">${msg('Information à confirmer', { id: 'circuit.unconfirmed' })}</p>` : nothing}
      ${this.renderWarning(step)}
      <div class="panel" id=${panelId(step.id)} part="step-details" ?hidden=${!open}>
        ${step.easyRead
          ? html`<p class="easy" part="easy-read"><strong>${msg('En bref :', { id: 'circuit.easyRead' })}</strong> ${this.t(step.easyRead)}</p>`
          : nothing}
        ${(step.details ?? []).map((d) => html`<p>${this.t(d)}</p>`)}
        ${this.renderLinks(step.links, step.id)}
        ${this.renderLocal(step)}
        ${this.renderSource(step)}
      </div>`;
  }

  private renderWarning(step: CircuitStep): TemplateResult | typeof nothing {
    if (!step.warning) return nothing;
    return html`<p class="warning" part="warning"><span class="mark" aria-hidden="true">!</span>
      <strong>${msg('Important :', { id: 'circuit.important' })}</strong> ${this.t(step.warning)}</p>`;
  }

  private renderLinks(links: readonly CircuitLink[] | undefined, id: string): TemplateResult | typeof nothing {
    const safe = (links ?? []).map((l) => [safeHref(l.url, this, `circuit step "${id}" link`), l] as const).filter(([href]) => href);
    if (!safe.length) return nothing;
    return html`<ul class="links">${safe.map(([href, l]) => html`<li><a href=${href!}>${this.t(l.label)}</a></li>`)}</ul>`;
  }

  /** The territory's specifics, clearly labelled as local. */
  private renderLocal(step: CircuitStep): TemplateResult | typeof nothing {
    if (!step.local && !step.localDelay && !step.localLinks?.length) return nothing;
    const where = this.t(this.content.territory?.name);
    const labelId = `vl-local-${step.id}`;
    return html`<div class="local" part="local" role="group" aria-labelledby=${labelId}>
      <p class="local-label" id=${labelId}><strong>${msg('Ici', { id: 'circuit.local' })}</strong>${where ? html` — ${where}` : nothing}</p>
      ${step.localDelay
        ? html`<p><strong>${msg('Délai anormalement long ici :', { id: 'circuit.localDelay' })}</strong> ${this.t(step.localDelay)}</p>`
        : nothing}
      ${step.local ? html`<p>${this.t(step.local)}</p>` : nothing}
      ${this.renderLinks(step.localLinks, step.id)}
    </div>`;
  }

  private renderSource(step: CircuitStep): TemplateResult | typeof nothing {
    if (!step.source && !step.sourceUrl) return nothing;
    const href = safeHref(step.sourceUrl, this, `circuit step "${step.id}" sourceUrl`);
    const name = this.t(step.source) || step.sourceUrl;
    const date = step.verifiedOn ? formatDate(step.verifiedOn, this.locale) : '';
    return html`<p class="source" part="source">${msg('Source :', { id: 'circuit.source' })}
      ${href ? html`<a href=${href}>${name}</a>` : name}${date ? html` — ${msg(str`vérifié le ${date}`, { id: 'circuit.verifiedOn' })}` : nothing}</p>`;
  }

  private renderCompactStep({ step, number, sidePaths }: PlacedStep): TemplateResult {
    const current = step.id === this.currentStep;
    return html`<li class="step ${current ? 'current' : ''}" part=${current ? 'step current-step' : 'step'} aria-current=${current ? 'step' : nothing}>
      <span class="number" part="step-number" aria-hidden="true">${number}</span>
      <span class="visually-hidden">${msg(str`Étape ${number} :`, { id: 'circuit.stepNumber' })} </span><span class="title" part="step-title">${this.t(step.title) || step.id}</span>
      ${current ? html` <span class="here" part="current-marker">${msg('Vous êtes ici', { id: 'circuit.here' })}</span>` : nothing}
      ${this.renderWarning(step)}
      ${sidePaths.length
        ? html`<ul class="side-paths">${sidePaths.map((path) => {
            const here = path.id === this.currentStep;
            return html`<li part="side-path" aria-current=${here ? 'step' : nothing}>
              <span class="or">${msg('Autre chemin :', { id: 'circuit.sidePath' })}</span> ${this.t(path.title) || path.id}
              ${here ? html` <span class="here" part="current-marker">${msg('Vous êtes ici', { id: 'circuit.here' })}</span>` : nothing}
            </li>`;
          })}</ul>`
        : nothing}
    </li>`;
  }

  /** Opens or closes steps on the reader's action, and tells the page which ones changed. */
  private setOpen(ids: readonly string[], open: boolean): void {
    const next = new Set(this.openIds);
    const changed = ids.filter((id) => next.has(id) !== open);
    for (const id of changed) open ? next.add(id) : next.delete(id);
    this.openIds = next;
    for (const stepId of changed) this.dispatchEvent(new VlStepToggleEvent({ stepId, open }));
  }
}

const panelId = (id: string): string => `vl-panel-${id}`;
