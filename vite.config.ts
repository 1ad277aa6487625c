/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { inkPlugin } from './src/tools/vitePluginInk';

export default defineConfig({
  // Relative, so the built site works from any static host and any sub-path.
  base: './',
  plugins: [inkPlugin()],
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    reporters: ['default', './test/support/summaryReporter.ts'],
  },
});
