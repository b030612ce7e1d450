import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The example packs are served at /demo/packs/…, the same URL as in the tests.
  staticDirs: [{ from: '../demo', to: '/demo' }],
  // Storybook loads the root vite.config.ts (workspace aliases); drop its test-only parts.
  viteFinal: async (viteConfig) => {
    delete (viteConfig as { test?: unknown }).test;
    return viteConfig;
  },
};
export default config;
