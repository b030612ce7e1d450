import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@voix-logement/eligibility';

const meta: Meta = {
  title: 'Widgets/Eligibility',
  component: 'vl-eligibility',
  tags: ['autodocs'],
};
export default meta;
type Story = StoryObj;

const pack = '/demo/packs/val-de-lone.json';

/** Fills the check as a reader would (labels by their input ids) and submits it. */
async function fill(canvas: HTMLElement, values: Record<string, string>): Promise<void> {
  const el = canvas.querySelector('vl-eligibility') as
    (HTMLElement & { updateComplete: Promise<boolean>; contentReady: Promise<void> }) | null;
  if (!el) return;
  await el.contentReady;
  await el.updateComplete;
  for (const [id, value] of Object.entries(values)) {
    const input = el.shadowRoot!.getElementById(id) as HTMLInputElement | null;
    if (!input) continue;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  }
  el.shadowRoot!.querySelector<HTMLButtonElement>('form button')!.click();
  await el.updateComplete;
}

export const Check: Story = {
  name: 'Check, in French (the reader chooses the zone)',
  render: () => html`<vl-eligibility></vl-eligibility>`,
};

export const Explain: Story = {
  name: 'Explain only, with the territory’s scoring grid',
  render: () => html`<vl-eligibility mode="explain" content-src=${pack}></vl-eligibility>`,
};

export const Paris: Story = {
  name: 'Zone: Paris and adjoining communes',
  render: () => html`<vl-eligibility zone="paris" mode="explain"></vl-eligibility>`,
};

export const IleDeFrance: Story = {
  name: 'Zone: rest of Île-de-France',
  render: () => html`<vl-eligibility zone="idf" mode="explain"></vl-eligibility>`,
};

export const OtherRegions: Story = {
  name: 'Zone: other regions, from the pack',
  render: () => html`<vl-eligibility content-src=${pack}></vl-eligibility>`,
};

export const Overseas: Story = {
  name: 'Zone: overseas (only the highest ceilings)',
  render: () => html`<vl-eligibility zone="overseas" mode="explain"></vl-eligibility>`,
};

export const English: Story = {
  name: 'In English',
  render: () => html`<vl-eligibility lang="en" content-src=${pack}></vl-eligibility>`,
};

export const UnderAll: Story = {
  name: 'Result: under every published ceiling',
  render: () => html`<vl-eligibility zone="other"></vl-eligibility>`,
  play: ({ canvasElement }) => fill(canvasElement, { persons: '1', income: '20 000' }),
};

export const UnderPlsOnly: Story = {
  name: 'Result: under PLS only',
  render: () => html`<vl-eligibility zone="other"></vl-eligibility>`,
  play: ({ canvasElement }) => fill(canvasElement, { persons: '1', income: '25000 €' }),
};

export const AboveAll: Story = {
  name: 'Result: above every ceiling',
  render: () => html`<vl-eligibility zone="other"></vl-eligibility>`,
  play: ({ canvasElement }) => fill(canvasElement, { persons: '1', income: '40 000,50' }),
};

export const NotAvailable: Story = {
  name: 'Result: some ceilings not available (overseas)',
  render: () => html`<vl-eligibility zone="overseas"></vl-eligibility>`,
  play: ({ canvasElement }) => fill(canvasElement, { persons: '1', income: '20000' }),
};

export const ResultInEnglish: Story = {
  name: 'Result, in English: a large family',
  render: () => html`<vl-eligibility zone="idf" lang="en"></vl-eligibility>`,
  play: ({ canvasElement }) => fill(canvasElement, { persons: '8', income: '60 000' }),
};

export const InvalidInput: Story = {
  name: 'Invalid input: negative people, words for income',
  render: () => html`<vl-eligibility zone="paris"></vl-eligibility>`,
  play: ({ canvasElement }) => fill(canvasElement, { persons: '-2', income: 'beaucoup' }),
};

export const UnknownZone: Story = {
  name: 'Unknown zone attribute (warns, uses the pack’s zone)',
  render: () => html`<vl-eligibility zone="lyon" content-src=${pack}></vl-eligibility>`,
};
