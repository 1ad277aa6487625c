import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MOODS, SEGMENT_IDS } from '../../core/methodology/stages';
import { CUSTOMER_LOOKS, portraitSvg } from './portraits';
import { faviconSvg, floorSvg, ICONS, iconSvg } from './rooms';
import { BACKDROPS, FRONTS } from './settings';

export const ART_DIR = resolve(import.meta.dirname, '../../../assets/art');

/** Every picture the game shows, by file name. */
export function allArt(): Map<string, string> {
  const art = new Map<string, string>();
  for (const who of [...SEGMENT_IDS, ...Object.keys(CUSTOMER_LOOKS)]) {
    for (const mood of MOODS) art.set(`portrait-${who}-${mood}.svg`, portraitSvg(who, mood));
  }
  for (const [id, draw] of Object.entries(BACKDROPS)) art.set(`setting-${id}.svg`, draw());
  for (const [id, draw] of Object.entries(FRONTS)) if (draw) art.set(`setting-${id}-front.svg`, draw());
  art.set('floor.svg', floorSvg());
  art.set('favicon.svg', faviconSvg());
  for (const name of Object.keys(ICONS)) art.set(`icon-${name}.svg`, iconSvg(name));
  return art;
}

/** Writes the art into assets/art; with `--check`, fails when a committed file differs from what it makes. */
export function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  mkdirSync(ART_DIR, { recursive: true });
  const stale: string[] = [];
  for (const [name, svg] of allArt()) {
    const path = join(ART_DIR, name);
    if (check) {
      let current = '';
      try {
        current = readFileSync(path, 'utf8');
      } catch {}
      if (current !== svg) stale.push(name);
    } else writeFileSync(path, svg);
  }
  if (stale.length) {
    console.error(`assets/art is out of date (${stale.join(', ')}): run npm run art`);
    return 1;
  }
  console.log(`${check ? 'checked' : 'wrote'} ${allArt().size} pictures in assets/art`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename))
  process.exitCode = main(process.argv.slice(2));
