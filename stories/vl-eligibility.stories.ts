import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@voix-logement/eligibility';
import { inWrapper } from './support.js';

const meta: Meta = {
  title: 'Widgets/Eligibility',
  component: 'vl-eligibility',
  tags: ['autodocs'],
};
export default meta;
type Story = StoryObj;

const pack = '/demo/packs/val-de-lone.json';

/** Fills the check as a reader would (inputs by id, checkboxes by name: "1" ticks) and submits it. */
async function fill(canvas: HTMLElement, values: Record<string, string>): Promise<void> {
  const el = canvas.querySelector('vl-eligibility') as
    (HTMLElement & { updateComplete: Promise<boolean>; contentReady: Promise<void> }) | null;
  if (!el) return;
  await el.contentReady;
  await el.updateComplete;
  for (const [id, value] of Object.entries(values)) {
    const input = (el.shadowRoot!.getElementById(id) ??
      el.shadowRoot!.querySelector(`input[name="${id}"]`)) as HTMLInputElement | null;
    if (!input) continue;
    if (input.type === 'checkbox') input.checked = value === '1';
    else input.value = value;
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
  name: 'Zone: overseas (LLTS, LLS computed; PLS official)',
  render: () => html`<vl-eligibility zone="overseas" mode="explain"></vl-eligibility>`,
};

export const English: Story = {
  name: 'In English',
  render: () => html`<vl-eligibility lang="en" content-src=${pack}></vl-eligibility>`,
};

/**
 * Arabic, right to left (dir="rtl" set by the element), from a file fetched on demand; the line
 * under the title says the French text is the reference and shows it.
 */
export const Arabic: Story = {
  name: 'In Arabic (right to left), with the territory pack',
  render: () => html`<vl-eligibility lang="ar" content-src=${pack}></vl-eligibility>`,
};

/** Ukrainian, from a file fetched on demand, with the French reference line. */
export const Ukrainian: Story = {
  name: 'In Ukrainian, with the territory pack',
  render: () => html`<vl-eligibility lang="uk" content-src=${pack}></vl-eligibility>`,
};

export const AlonePlaiComputed: Story = {
  name: 'Result: one person, 12 000 €, other regions (under PLAI 12 870 €, computed)',
  render: () => html`<vl-eligibility zone="other"></vl-eligibility>`,
  play: ({ canvasElement }) => fill(canvasElement, { persons: '1', income: '12 000' }),
};

export const YoungCouple: Story = {
  name: 'Result: a couple aged 25 and 27 (category 3, and why)',
  render: () => html`<vl-eligibility zone="other"></vl-eligibility>`,
  play: ({ canvasElement }) =>
    fill(canvasElement, { persons: '2', couple: '1', age1: '25', age2: '27', income: '30 000' }),
};

export const FamilyIleDeFrance: Story = {
  name: 'Result: five people, 45 000 €, Île-de-France',
  render: () => html`<vl-eligibility zone="idf"></vl-eligibility>`,
  play: ({ canvasElement }) => fill(canvasElement, { persons: '5', income: '45 000' }),
};

export const OverseasLltsLls: Story = {
  name: 'Result: one person overseas, 18 000 € (over LLTS, under LLS)',
  render: () => html`<vl-eligibility zone="overseas"></vl-eligibility>`,
  play: ({ canvasElement }) => fill(canvasElement, { persons: '1', income: '18000' }),
};

export const AbovePls: Story = {
  name: 'Result: above PLS (apply anyway, PLI)',
  render: () => html`<vl-eligibility zone="other"></vl-eligibility>`,
  play: ({ canvasElement }) => fill(canvasElement, { persons: '1', income: '40 000,50' }),
};

export const UnderPlsOnly: Story = {
  name: 'Result: under PLS only',
  render: () => html`<vl-eligibility zone="other"></vl-eligibility>`,
  play: ({ canvasElement }) => fill(canvasElement, { persons: '1', income: '25000 €' }),
};

export const ResultInEnglish: Story = {
  name: 'Result, in English: a large family',
  render: () => html`<vl-eligibility zone="idf" lang="en"></vl-eligibility>`,
  play: ({ canvasElement }) => fill(canvasElement, { persons: '8', income: '60 000' }),
};

export const LongOnAPhone: Story = {
  name: 'Long content on a phone: overseas, eight people, a long heading',
  decorators: [inWrapper('vl-story-phone', '.vl-story-phone { max-width: 20rem; }')],
  render: () =>
    html`<vl-eligibility
      zone="overseas"
      heading="Qui peut demander un logement social en Guadeloupe, en Guyane, en Martinique, à La Réunion, à Mayotte ou à Saint-Martin ?"
    ></vl-eligibility>`,
  play: ({ canvasElement }) => fill(canvasElement, { persons: '8', disability: '1', income: '52 000' }),
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
