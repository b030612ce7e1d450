import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { demoPack, inWrapper } from './support.js';
import '@voix-logement/demand-circuit';

const meta: Meta = {
  title: 'Widgets/Demand circuit',
  component: 'vl-demand-circuit',
  tags: ['autodocs'],
};
export default meta;
type Story = StoryObj;

const pack = demoPack;

export const Full: Story = {
  name: 'Full, in French',
  render: () => html`<vl-demand-circuit></vl-demand-circuit>`,
};

export const CompactSidebar: Story = {
  name: 'Compact, in a sidebar',
  decorators: [
    inWrapper(
      'vl-story-layout',
      '.vl-story-layout { display: flex; gap: 2rem; align-items: flex-start; } .vl-story-text { flex: 1; } .vl-story-side { width: 16rem; flex: none; }',
    ),
  ],
  render: () =>
    html`<div class="vl-story-text">
        <p>
          Une page de partenaire : un texte sur le logement social, avec le parcours de la demande dans la colonne de
          côté.
        </p>
      </div>
      <div class="vl-story-side">
        <vl-demand-circuit
          variant="compact"
          current-step="renewal"
          heading="Votre demande, étape par étape"
          heading-level="3"
        ></vl-demand-circuit>
      </div>`,
};

export const CurrentStep: Story = {
  name: 'You are here: step 4, renewal',
  render: () => html`<vl-demand-circuit current-step="renewal"></vl-demand-circuit>`,
};

export const OpenStep: Story = {
  name: 'Opened on load: the DALO side path',
  render: () => html`<vl-demand-circuit open-step="long-wait"></vl-demand-circuit>`,
};

export const English: Story = {
  name: 'In English, the offer open',
  render: () => html`<vl-demand-circuit lang="en" open-step="offer" current-step="commission"></vl-demand-circuit>`,
};

/**
 * Arabic, right to left (dir="rtl" set by the element), from a file fetched on demand; the line
 * under the title says the French text is the reference and shows it.
 */
export const Arabic: Story = {
  name: 'In Arabic (right to left), the offer open',
  render: () => html`<vl-demand-circuit lang="ar" open-step="offer" current-step="commission"></vl-demand-circuit>`,
};

/** Ukrainian, from a file fetched on demand, with the French reference line. */
export const Ukrainian: Story = {
  name: 'In Ukrainian, the offer open',
  render: () => html`<vl-demand-circuit lang="uk" open-step="offer" current-step="commission"></vl-demand-circuit>`,
};

export const LongContent: Story = {
  name: 'Long content: long title, local texts, a step open',
  render: () =>
    html`<vl-demand-circuit
      content-src=${pack}
      open-step="apply"
      current-step="apply"
      heading="Toutes les étapes de votre demande de logement social, du dépôt du dossier jusqu’à la signature du bail, avec ce qui se passe dans le Val de Lône"
    ></vl-demand-circuit>`,
};

export const NarrowContainer: Story = {
  name: 'Full, in a narrow container (phone width)',
  decorators: [inWrapper('vl-story-phone', '.vl-story-phone { max-width: 20rem; }')],
  render: () => html`<vl-demand-circuit open-step="renewal" current-step="scoring"></vl-demand-circuit>`,
};

export const TerritoryPack: Story = {
  name: 'Territory pack: Val de Lône (fictional), its local step and delay',
  render: () =>
    html`<vl-demand-circuit content-src=${pack} open-step="long-wait" current-step="local-help"></vl-demand-circuit>`,
};

export const TerritoryPackCompactEnglish: Story = {
  name: 'Territory pack, compact, in English',
  decorators: [inWrapper('vl-story-sidebar', '.vl-story-sidebar { max-width: 18rem; }')],
  render: () =>
    html`<vl-demand-circuit content-src=${pack} lang="en" variant="compact" current-step="apply"></vl-demand-circuit>`,
};

export const CompactStepOpen: Story = {
  name: 'Compact, a step open in place, with its local desks (tap-to-call)',
  render: () => html`<vl-demand-circuit content-src=${pack} variant="compact" open-step="apply"></vl-demand-circuit>`,
};
