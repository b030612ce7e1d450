import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import { VlElement, baseStyles, safeHref, withPhoneLinks } from '@voix-logement/core';
import type { CircuitLink, CircuitStep } from '@voix-logement/content';
import { nationalCircuit, circuitSection, type NationalSections } from '@voix-logement/content';
import { formatDate, planCircuit, type CircuitPlan } from './circuit.js';
import { VlStepToggleEvent } from './events.js';
import { circuitStyles } from './vl-demand-circuit.styles.js';

const variants = ['full', 'compact'] as const;

/**
 * The path of a social housing application, from filing to the lease, in the spirit of
 * GOV.UK's step-by-step navigation: numbered steps, each opening on its details, with
 * side paths (an abnormally long wait, a refused offer) and the territory's own
 * specifics in an "Ici" block.
 *
 * Another widget (or any link) can point at a step with the fragment `#vl-step-<id>`:
 * on load and on `hashchange`, the circuit opens that step, scrolls its heading into view
 * and moves focus to its button. Unknown ids are ignored.
 *
 * @tag vl-demand-circuit
 * @tagname vl-demand-circuit
 * @summary The steps of a social housing application, with local specifics.
 * @widget Le parcours de la demande
 * @widgetHelp Les étapes d’une demande de logement social, du dépôt à l’attribution.
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
  /** The path of an application, national steps first. */
  protected static override national: NationalSections = { circuit: nationalCircuit };
  protected static override packSections = [circuitSection];

  static override properties: PropertyDeclarations = {
    currentStep: { attribute: 'current-step' },
    variant: {},
    openStep: { attribute: 'open-step' },
    openIds: { state: true },
  };

  /**
   * A step id: that step is marked "you are here" (`aria-current="step"`).
   * @label Étape « vous êtes ici »
   * @help L'étape marquée comme celle où en est le lecteur (par exemple sur la page d'un guichet qui enregistre les
   *   demandes).
   * @choices steps
   */
  currentStep = '';

  /**
   * `full` (default: every step, with expandable details) or `compact` (one line a step, for sidebars;
   * each step still opens its summary and details in place).
   * @label Présentation
   * @help full : toutes les étapes, avec leurs détails à ouvrir ; compact : une ligne par étape, pour une colonne
   *   étroite.
   */
  variant: 'full' | 'compact' = 'full';

  /**
   * A step id (or side-path id) expanded on load.
   * @label Étape ouverte à l'arrivée
   * @help Cette étape s'affiche déjà ouverte quand la page se charge.
   * @choices steps
   */
  openStep = '';

  private openIds: ReadonlySet<string> = new Set();

  private plan: CircuitPlan = planCircuit([]);
  private compact = false;

  /** `#vl-step-<id>` naming a step shown here: open it, scroll to its heading, focus its button. */
  protected override async goToFragment(): Promise<void> {
    const [, id] = /^#vl-step-(.+)/.exec(location.hash) ?? [];
    await this.updateComplete;
    if (!id || !this.plan.ids.includes(id)) return;
    this.openIds = new Set(this.openIds).add(id);
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(`#vl-step-${id}`);
    target?.scrollIntoView();
    target?.querySelector('button')?.focus({ preventScroll: true });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.plan = planCircuit(this.content.circuit.steps ?? []);
    if (changed.has('variant')) this.compact = this.oneOf('variant', this.variant, variants, 'full') === 'compact';
    if (changed.has('openStep') && this.openStep) this.openIds = new Set(this.openIds).add(this.openStep);
    if (this.contentStatus === 'loading') return;
    // Ids that name no step warn once and change nothing else.
    const known = this.plan.ids;
    for (const [attribute, value] of [
      ['current-step', this.currentStep],
      ['open-step', this.openStep],
    ]) {
      if (value && !known.includes(value))
        this.warn('vl-unknown-id', `${attribute}="${value}" is not a step id; ignored`);
    }
    for (const { id, after } of this.plan.misplaced)
      this.warn('vl-unknown-id', `step "${id}": after="${after}" is not a step id; shown at the end`);
  }

  override render() {
    const { ids, steps } = this.plan;
    const allOpen = ids.length > 0 && ids.every((id) => this.openIds.has(id));
    const current = (id: string) => (id === this.currentStep ? 'step' : nothing);
    return html`<section class="root ${this.compact ? 'compact' : ''}" lang=${this.locale}>
      ${this.renderTitle(msg('Les étapes de votre demande de logement social', { id: 'circuit.title' }))}
      ${
        this.compact
          ? nothing
          : html`<button
              type="button"
              class="toggle-all no-print"
              part="toggle-all"
              aria-expanded=${allOpen}
              aria-controls=${ids.map(panelId).join(' ')}
              @click=${() => this.setOpen(ids, !allOpen)}
            >
              ${allOpen ? msg('Masquer toutes les étapes', { id: 'circuit.hideAll' }) : msg('Afficher toutes les étapes', { id: 'circuit.showAll' })}
            </button>`
      }
      <ol class="steps" role="list">
        ${steps.map(
          ({ step, number, sidePaths }) =>
            html`<li
              class="step"
              part=${step.id === this.currentStep ? 'step current-step' : 'step'}
              aria-current=${current(step.id)}
            >
              <span class="number" part="step-number" aria-hidden="true">${number}</span>
              ${this.renderStep(step, 1, msg(str`Étape ${number} :`, { id: 'circuit.stepNumber' }))}
              ${sidePaths.map(
                (path) =>
                  html`<div class="side-path" part="side-path" aria-current=${current(path.id)}>
                    ${this.renderStep(path, 2, msg('Autre chemin :', { id: 'circuit.sidePath' }))}
                  </div>`,
              )}
            </li>`,
        )}
      </ol>
    </section>`;
  }

  /**
   * A step or side path (`depth` 2): in full, a heading with its button (the accessible
   * name starts with "Étape 3 :" or "Autre chemin :"), the summary and the details; in
   * compact, the title alone. The renewal warning shows in both, open or closed.
   */
  private renderStep(step: CircuitStep, depth: number, label: string): TemplateResult {
    const open = this.openIds.has(step.id);
    const title = html`<span class=${depth > 1 ? 'or' : 'visually-hidden'}>${label}</span>
      <span class="title" part="step-title">${this.t(step.title) || step.id}</span>`;
    const full = !this.compact;
    return html`${this.renderHeading(
        this.level + depth,
        html`<button
          type="button"
          class="toggle"
          part="step-toggle"
          aria-expanded=${open}
          aria-controls=${panelId(step.id)}
          @click=${() => this.setOpen([step.id], !open)}
        >
          ${title}
        </button>`,
        `vl-step-${step.id}`,
        '',
        'step-heading',
      )}
      ${step.id === this.currentStep ? html`<p class="here" part="current-marker">${msg('Vous êtes ici', { id: 'circuit.here' })}</p>` : nothing}
      ${full && step.summary ? html`<p part="step-summary">${this.t(step.summary)}</p>` : nothing}
      ${
        step.warning
          ? html`<p class="warning" part="warning">
              <span class="mark" aria-hidden="true">!</span>
              <strong>${msg('Important :', { id: 'circuit.important' })}</strong> ${this.t(step.warning)}
            </p>`
          : nothing
      }
      <div class="panel" id=${panelId(step.id)} part="step-details" ?hidden=${!open}>
        ${!full && step.summary ? html`<p part="step-summary">${this.t(step.summary)}</p>` : nothing}
        ${
          step.easyRead
            ? html`<p part="easy-read">
                <strong>${msg('En bref :', { id: 'circuit.easyRead' })}</strong> ${this.t(step.easyRead)}
              </p>`
            : nothing
        }
        ${(step.details ?? []).map((d) => html`<p>${withPhoneLinks(this.t(d))}</p>`)}
        ${this.renderLinks(step.links, step.id)} ${this.renderLocal(step)} ${this.renderSource(step)}
      </div>`;
  }

  private renderLinks(links: readonly CircuitLink[] | undefined, id: string): TemplateResult | typeof nothing {
    const safe = (links ?? []).map((l) => [safeHref(l.url, this, `step ${id}`), l] as const).filter(([href]) => href);
    return safe.length
      ? html`<ul class="links">
          ${safe.map(([href, l]) => html`<li><a href=${href!}>${this.t(l.label)}</a></li>`)}
        </ul>`
      : nothing;
  }

  /** The territory's specifics, clearly labelled as local. */
  private renderLocal(step: CircuitStep): TemplateResult | typeof nothing {
    if (!step.local && !step.localDelay && !step.localLinks?.length) return nothing;
    const where = this.t(this.content.territory?.name);
    return html`<div class="local" part="local" role="group" aria-labelledby="vl-local-${step.id}">
      <p id="vl-local-${step.id}">
        <strong>${msg('Ici', { id: 'circuit.local' })}</strong>${where ? ` — ${where}` : ''}
      </p>
      ${
        step.localDelay
          ? html`<p>
              <strong>${msg('Délai anormalement long ici :', { id: 'circuit.localDelay' })}</strong>
              ${withPhoneLinks(this.t(step.localDelay))}
            </p>`
          : nothing
      }
      ${step.local ? html`<p>${withPhoneLinks(this.t(step.local))}</p>` : nothing}
      ${this.renderLinks(step.localLinks, step.id)}
    </div>`;
  }

  private renderSource(step: CircuitStep): TemplateResult | typeof nothing {
    if (!step.source && !step.sourceUrl) return nothing;
    const href = safeHref(step.sourceUrl, this, `step ${step.id}`);
    const name = this.t(step.source) || step.sourceUrl;
    return html`<p class="source" part="source">
      ${msg('Source :', { id: 'circuit.source' })}
      ${href ? html`<a href=${href}>${name}</a>` : name}${
        step.verifiedOn
          ? html` — ${msg(str`vérifié le ${formatDate(step.verifiedOn, this.locale)}`, { id: 'circuit.verifiedOn' })}`
          : nothing
      }
    </p>`;
  }

  /** Opens or closes steps on the reader's action, and tells the page which ones changed. */
  private setOpen(ids: readonly string[], open: boolean): void {
    const next = new Set(this.openIds);
    const changed = ids.filter((id) => next.has(id) !== open);
    for (const id of changed) {
      if (open) next.add(id);
      else next.delete(id);
    }
    this.openIds = next;
    for (const stepId of changed) this.dispatchEvent(new VlStepToggleEvent({ stepId, open }));
  }
}

const panelId = (id: string): string => `vl-panel-${id}`;
