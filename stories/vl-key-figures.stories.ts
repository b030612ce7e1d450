import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { demoPack, inWrapper } from './support.js';
import '@voix-logement/key-figures';

const meta: Meta = {
  title: 'Widgets/Key figures',
  component: 'vl-key-figures',
  tags: ['autodocs'],
};
export default meta;
type Story = StoryObj;

/** The demo pack's figures are fictional: the Val de Lône does not exist. */
const pack = demoPack;

export const Territory: Story = {
  name: "The territory's figures (Val de Lône, fictional)",
  render: () => html`<vl-key-figures content-src=${pack}></vl-key-figures>`,
};

export const Commune: Story = {
  name: 'A commune beside its territory (Montval, fictional)',
  render: () => html`<vl-key-figures content-src=${pack} commune="Montval"></vl-key-figures>`,
};

export const UnknownCommune: Story = {
  name: 'An unknown commune: the territory alone (and a console warning)',
  render: () => html`<vl-key-figures content-src=${pack} commune="Lyon"></vl-key-figures>`,
};

export const WaitOnly: Story = {
  name: 'Only the wait by home size, in a narrow column',
  decorators: [inWrapper('vl-story-narrow', '.vl-story-narrow { max-width: 20rem; }')],
  render: () =>
    html`<vl-key-figures
      content-src=${pack}
      commune="Montval"
      figures="wait-median,wait-median-t1,wait-median-t2,wait-median-t3,wait-median-t4,wait-median-t5"
      heading="Combien de temps attendre ?"
    ></vl-key-figures>`,
};

export const Chosen: Story = {
  name: 'Two figures, chosen and ordered',
  render: () =>
    html`<vl-key-figures content-src=${pack} figures="applications-per-allocation,pending"></vl-key-figures>`,
};

export const English: Story = {
  name: 'In English, with a commune',
  render: () => html`<vl-key-figures lang="en" content-src=${pack} commune="00105"></vl-key-figures>`,
};

/**
 * Arabic, right to left (dir="rtl" set by the element), from a file fetched on demand; the line
 * under the title says the French text is the reference and shows it.
 */
export const Arabic: Story = {
  name: 'In Arabic (right to left), with a commune',
  render: () => html`<vl-key-figures lang="ar" content-src=${pack} commune="00105"></vl-key-figures>`,
};

/** Ukrainian, from a file fetched on demand, with the French reference line. */
export const Ukrainian: Story = {
  name: 'In Ukrainian, with a commune',
  render: () => html`<vl-key-figures lang="uk" content-src=${pack} commune="00105"></vl-key-figures>`,
};

export const NoFigures: Story = {
  name: 'Without a pack: where such figures come from',
  render: () => html`<vl-key-figures></vl-key-figures>`,
};

export const Hostile: Story = {
  name: 'Hostile text in a source and a commune name (shown as text)',
  render: () => html`<vl-key-figures content-src="/demo/packs/figures-hostile.json" commune="00101"></vl-key-figures>`,
};

export const LongContent: Story = {
  name: 'Long texts: a long territory name and long sources',
  render: () => html`<vl-key-figures content-src="/demo/packs/figures-long.json"></vl-key-figures>`,
};
