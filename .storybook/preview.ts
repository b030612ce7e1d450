import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import './preview.css';

setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the widgets (their nearest lang)',
      toolbar: {
        title: 'Langue',
        icon: 'globe',
        items: [
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'A partner page theme: --vl-* custom properties set by the host',
      toolbar: {
        title: 'Thème',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default' },
          { value: 'city', title: 'City (green, serif)' },
          { value: 'dark', title: 'Dark host' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'fr', theme: 'default' },
  decorators: [
    // A story with its own lang keeps it: the wrapper is only the nearest ancestor.
    (story, context) =>
      html`<div
        class="vl-story-host vl-theme-${context.globals['theme'] ?? 'default'}"
        lang=${context.globals['locale'] ?? 'fr'}
      >
        ${story()}
      </div>`,
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { toc: true },
  },
};
export default preview;
