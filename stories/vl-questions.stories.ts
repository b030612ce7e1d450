import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@voix-logement/questions';
import '@voix-logement/demand-circuit';

const meta: Meta = {
  title: 'Widgets/Questions',
  component: 'vl-questions',
  tags: ['autodocs'],
};
export default meta;
type Story = StoryObj;

const pack = '/demo/packs/val-de-lone.json';

export const Public: Story = {
  name: 'For the public, in French',
  render: () => html`<vl-questions></vl-questions>`,
};

export const Staff: Story = {
  name: 'For front-desk staff (notes shown), one answer open',
  render: () => html`<vl-questions audience="staff" open-question="commission"></vl-questions>`,
};

export const OneTopic: Story = {
  name: 'One topic: when a flat is offered',
  render: () =>
    html`<vl-questions
      topics="offer"
      heading="Quand un logement vous est proposé"
      open-question="refusal"
    ></vl-questions>`,
};

export const Search: Story = {
  name: 'With a search box',
  render: () => html`<vl-questions search topics="apply,waiting,rights"></vl-questions>`,
};

export const English: Story = {
  name: 'In English, staff, a rumour open',
  render: () => html`<vl-questions lang="en" audience="staff" search open-question="single-person"></vl-questions>`,
};

/**
 * Arabic, right to left (dir="rtl" set by the element), from a file fetched on demand; the line
 * under the title says the French text is the reference and shows it.
 */
export const Arabic: Story = {
  name: 'In Arabic (right to left), staff, search, a rumour open',
  render: () => html`<vl-questions lang="ar" audience="staff" search open-question="single-person"></vl-questions>`,
};

/** Ukrainian, from a file fetched on demand, with the French reference line. */
export const Ukrainian: Story = {
  name: 'In Ukrainian, staff, search, a rumour open',
  render: () => html`<vl-questions lang="uk" audience="staff" search open-question="single-person"></vl-questions>`,
};

export const LongAnswer: Story = {
  name: 'A long answer, open (abnormally long wait, DALO)',
  render: () =>
    html`<vl-questions topics="rights,priority" open-question="long-wait" heading-level="3"></vl-questions>`,
};

export const Territory: Story = {
  name: 'The demo territory’s pack (Val de Lône, fictional), staff',
  render: () =>
    html`<vl-questions content-src=${pack} audience="staff" search open-question="local-wait"></vl-questions>`,
};

export const BesideACompactCircuit: Story = {
  name: 'Beside a compact circuit: "Étape du parcours" opens the step there',
  render: () =>
    html`<vl-demand-circuit variant="compact" heading-level="2"></vl-demand-circuit>
      <vl-questions topics="apply,waiting" open-question="renewal"></vl-questions>`,
};

export const CircuitAndDirectoryElsewhere: Story = {
  name: 'The circuit and the directory on other pages (circuit-href, directory-href)',
  render: () =>
    html`<vl-questions
      content-src=${pack}
      circuit-href="/parcours.html"
      directory-href="/annuaire.html"
      open-question="local-wait"
      search
    ></vl-questions>`,
};

export const NoCircuit: Story = {
  name: 'No circuit on the page: a step’s short text opens in place',
  render: () => html`<vl-questions topics="money" open-question="free"></vl-questions>`,
};
