import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApp, type App } from '../app';
import { parseConfig } from '../config';

/** One app per test file, with its index in a fresh temp dir (never the developer's build/). */
let cached: Promise<App> | null = null;
export function testApp(): Promise<App> {
  cached ??= createApp(
    parseConfig({
      SEEDS_DIR: resolve(import.meta.dirname, '../../seeds'),
      INDEX_DIR: join(mkdtempSync(join(tmpdir(), 'qte-index-')), 'index'),
      // never the developer's data/plans: the reference corpus only
      PLANS_DIR: join(mkdtempSync(join(tmpdir(), 'qte-plans-')), 'plans'),
    }),
    () => {},
  );
  return cached;
}
