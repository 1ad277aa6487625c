import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

const root = resolve(import.meta.dirname, '../..');
export const OUT_DIR = resolve(root, 'test-results/e2e-dist');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the production site once and serves it on a free loopback port for the browser tests. */
export default async function setup(project: TestProject) {
  mkdirSync(resolve(root, 'test-results/screenshots'), { recursive: true });
  await build({ root, logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir: OUT_DIR },
    preview: { host: '127.0.0.1', port: 0 },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not start');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
