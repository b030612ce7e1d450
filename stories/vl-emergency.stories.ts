import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { demoPack, inWrapper } from './support.js';
import '@voix-logement/emergency';

const meta: Meta = {
  title: 'Widgets/Emergency',
  component: 'vl-emergency',
  tags: ['autodocs'],
};
export default meta;
type Story = StoryObj;

const pack = demoPack;

export const Default: Story = {
  name: 'Every situation: "Que se passe-t-il ?", nothing chosen yet',
  render: () => html`<vl-emergency></vl-emergency>`,
};

/** Opens a situation of the chooser as a reader would, by tapping its button (Storybook only). */
const choose =
  (name: string): Story['play'] =>
  async ({ canvasElement }) => {
    const el = canvasElement.querySelector('vl-emergency')!;
    await el.updateComplete;
    const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
    button?.click();
  };

export const ChooserViolence: Story = {
  name: 'Every situation, "Violences à la maison" chosen (quick exit, Shift ×3)',
  render: () => html`<vl-emergency today="2026-12-01"></vl-emergency>`,
  play: choose('Violences à la maison'),
};

export const ChooserEviction: Story = {
  name: 'Every situation, "On veut m\'expulser" chosen, in a phone-wide column',
  decorators: [inWrapper('vl-story-phone', '.vl-story-phone { max-width: 23rem; }')],
  render: () => html`<vl-emergency today="2026-12-01"></vl-emergency>`,
  play: choose("On veut m'expulser"),
};

export const TwoSituations: Story = {
  name: 'Two situations chosen by the partner: still a chooser',
  render: () => html`<vl-emergency situations="no-roof,violence"></vl-emergency>`,
};

export const NoRoof: Story = {
  name: 'No roof tonight',
  render: () => html`<vl-emergency situations="no-roof"></vl-emergency>`,
};

export const EvictionDuringTruce: Story = {
  name: 'Eviction, during the winter truce (1 December)',
  render: () => html`<vl-emergency situations="eviction" today="2026-12-01"></vl-emergency>`,
};

export const EvictionOutsideTruce: Story = {
  name: 'Eviction, outside the winter truce (15 June)',
  render: () => html`<vl-emergency situations="eviction" today="2027-06-15"></vl-emergency>`,
};

export const Violence: Story = {
  name: 'Violence at home alone, with "Quitter vite" (to the default neutral page)',
  render: () => html`<vl-emergency situations="violence" heading="Besoin d'aide ?"></vl-emergency>`,
};

export const ViolenceOwnExit: Story = {
  name: 'Violence, the quick exit leading to a page the partner chose (exit-href)',
  render: () => html`<vl-emergency situations="violence" exit-href="https://www.service-public.fr/"></vl-emergency>`,
};

export const ViolenceNoExit: Story = {
  name: 'Violence, without quick exit (exit-href="none": the partner page has its own)',
  render: () => html`<vl-emergency situations="violence" exit-href="none"></vl-emergency>`,
};

export const ViolenceUnsafeExit: Story = {
  name: 'Violence, an unsafe exit-href (javascript:): console warning, the neutral page kept',
  render: () => html`<vl-emergency situations="violence" exit-href="javascript:alert(1)"></vl-emergency>`,
};

export const RentDebt: Story = {
  name: 'Rent arrears',
  render: () => html`<vl-emergency situations="rent-debt"></vl-emergency>`,
};

export const UnfitHousing: Story = {
  name: 'Unfit housing',
  render: () => html`<vl-emergency situations="unfit-housing"></vl-emergency>`,
};

export const Discrimination: Story = {
  name: 'Discrimination, with its visible gap',
  render: () => html`<vl-emergency situations="discrimination"></vl-emergency>`,
};

export const CompactAll: Story = {
  name: 'Compact, every situation: numbers first, steps one tap away',
  render: () => html`<vl-emergency variant="compact" today="2026-12-01"></vl-emergency>`,
};

export const CompactEnglishLocal: Story = {
  name: "Compact, in English, with the territory's local desks",
  decorators: [inWrapper('vl-story-phone', '.vl-story-phone { max-width: 23rem; }')],
  render: () => html`<vl-emergency variant="compact" lang="en" content-src=${pack} today="2027-06-15"></vl-emergency>`,
};

export const Compact: Story = {
  name: 'Compact, in a sidebar',
  decorators: [inWrapper('vl-story-sidebar', '.vl-story-sidebar { max-width: 18rem; }')],
  render: () =>
    html`<vl-emergency
      variant="compact"
      situations="no-roof,violence,eviction"
      today="2026-12-01"
      heading-level="3"
    ></vl-emergency>`,
};

export const English: Story = {
  name: 'In English ("What is happening?")',
  render: () => html`<vl-emergency lang="en" today="2027-01-15"></vl-emergency>`,
};

/**
 * Arabic, right to left (dir="rtl" set by the element), from a file fetched on demand; the line
 * under the title says the French text is the reference and shows it.
 */
export const Arabic: Story = {
  name: 'In Arabic (right to left), the situations to choose from',
  render: () => html`<vl-emergency lang="ar" today="2027-01-15"></vl-emergency>`,
};

/** Ukrainian, from a file fetched on demand, with the French reference line. */
export const Ukrainian: Story = {
  name: 'In Ukrainian, the situations to choose from',
  render: () => html`<vl-emergency lang="uk" today="2027-01-15"></vl-emergency>`,
};

export const LocalPack: Story = {
  name: "With the territory's local desks (Val de Lône, fictional)",
  render: () =>
    html`<vl-emergency content-src=${pack} situations="no-roof,eviction,rent-debt,discrimination"></vl-emergency>`,
};

export const DarkHostTheme: Story = {
  name: "On a dark host theme (the host's colours pass the contrast check)",
  decorators: [
    inWrapper(
      'vl-story-dark',
      `.vl-story-dark { padding: 1rem; background: #121826; color: #f0f0f0;
        --vl-color-primary: #9ecbff; --vl-color-on-primary: #0b1b2e; --vl-color-text: #f0f0f0;
        --vl-color-muted: #c8cdd6; --vl-color-surface: #121826; --vl-color-border: #8a94a6; }`,
    ),
  ],
  render: () => html`<vl-emergency content-src=${pack} situations="violence,no-roof"></vl-emergency>`,
};

export const LowContrastHost: Story = {
  name: 'On a host theme with unreadable button colours (falls back, console warning)',
  decorators: [
    inWrapper('vl-story-yellow', '.vl-story-yellow { --vl-color-primary: #ffe600; --vl-color-on-primary: #ffffff; }'),
  ],
  render: () => html`<vl-emergency situations="no-roof"></vl-emergency>`,
};

export const LongContent: Story = {
  name: 'Long content on a narrow phone screen, English, local desks',
  decorators: [inWrapper('vl-story-phone', '.vl-story-phone { max-width: 20rem; }')],
  render: () =>
    html`<vl-emergency
      lang="en"
      content-src=${pack}
      today="2026-11-01"
      heading="What to do right now if you have lost your home, are afraid of being evicted or cannot pay the rent any more"
    ></vl-emergency>`,
};
