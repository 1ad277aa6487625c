import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveBuild } from '../../src/tools/browser';

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
  const { url, server } = await serveBuild(OUT_DIR);
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
