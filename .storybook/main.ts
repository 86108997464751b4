import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-vitest'],
  // Offline machines and CI: no telemetry, no "what's new" fetches.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (config) =>
    mergeConfig(config, {
      optimizeDeps: {
        // Storybook's renderer imports Lit from its pre-bundled deps; without these the element's
        // own imports resolve to a second copy ("Multiple versions of Lit loaded") in dev and
        // in the Vitest run.
        include: [
          'lit',
          'lit/decorators.js',
          'lit/directive-helpers.js',
          'lit/directives/if-defined.js',
        ],
      },
      // Storybook's own docs renderer is the one large chunk; nothing of ours to split.
      build: { chunkSizeWarningLimit: 1500 },
    }),
};

export default config;
