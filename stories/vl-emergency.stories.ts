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
  name: 'Every situation, in French',
  render: () => html`<vl-emergency></vl-emergency>`,
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
  name: 'Safe at home (violence), with a neutral heading',
  render: () => html`<vl-emergency situations="violence" heading="Besoin d'aide ?"></vl-emergency>`,
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
  name: 'In English',
  render: () => html`<vl-emergency lang="en" today="2027-01-15"></vl-emergency>`,
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
