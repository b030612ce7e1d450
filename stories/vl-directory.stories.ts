import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@voix-logement/directory';

const meta: Meta = { title: 'Widgets/Directory', component: 'vl-directory', tags: ['autodocs'] };
export default meta;
type Story = StoryObj;

const pack = '/demo/packs/val-de-lone.json';

export const List: Story = {
  name: 'List, in French (Val de Lône, fictional)',
  render: () => html`<vl-directory content-src=${pack}></vl-directory>`,
};

export const Grid: Story = {
  name: 'Grid of cards',
  render: () => html`<vl-directory content-src=${pack} layout="grid"></vl-directory>`,
};

export const Filtered: Story = {
  name: 'Filtered: CCAS and landlords serving Montval',
  render: () =>
    html`<vl-directory
      content-src=${pack}
      commune="Montval"
      types="ccas,landlord"
      heading="Qui vous aide à Montval ?"
    ></vl-directory>`,
};

export const Empty: Story = {
  name: 'Empty: no territory pack on the page',
  render: () => html`<vl-directory></vl-directory>`,
};

export const English: Story = {
  name: 'In English',
  render: () => html`<vl-directory content-src=${pack} lang="en" layout="grid"></vl-directory>`,
};

/**
 * Arabic, right to left (dir="rtl" set by the element), from a file fetched on demand; the line
 * under the title says the French text is the reference and shows it.
 */
export const Arabic: Story = {
  name: 'In Arabic (right to left), with the territory pack',
  render: () => html`<vl-directory lang="ar" content-src=${pack}></vl-directory>`,
};

/** Ukrainian, from a file fetched on demand, with the French reference line. */
export const Ukrainian: Story = {
  name: 'In Ukrainian, with the territory pack',
  render: () => html`<vl-directory lang="uk" content-src=${pack}></vl-directory>`,
};

export const TwoThousand: Story = {
  name: '2,000 partners (fictional test territory)',
  render: () =>
    html`<vl-directory
      content-src="/demo/packs/directory-2000.json"
      heading="2 000 partenaires (territoire fictif de test)"
    ></vl-directory>`,
};

export const OneCommuneOfTwoThousand: Story = {
  name: '2,000 partners, one commune preset (prints a short sheet)',
  render: () => html`<vl-directory content-src="/demo/packs/directory-2000.json" commune="Montval"></vl-directory>`,
};
