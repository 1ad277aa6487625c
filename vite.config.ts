/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { inkPlugin } from './src/tools/vitePluginInk';

export default defineConfig({
  // Relative, so the built site works from any static host and any sub-path.
  base: './',
  // Generated art and audio, served and copied as they are.
  publicDir: 'assets',
  plugins: [inkPlugin()],
  // Phaser alone is most of the first chunk; the budget is checked by npm run bench:browser instead.
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1600 },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    reporters: ['default', './test/support/summaryReporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'] } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 180_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
