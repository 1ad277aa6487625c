import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOODS, SEGMENT_IDS } from '../../src/core/methodology/stages';
import { CAST } from '../../src/core/world/cast';
import { SETTING_IDS } from '../../src/core/world/setting';
import { ART_DIR, allArt } from '../../src/tools/art/generate';

describe('the generated art', () => {
  const art = allArt();

  it('has a portrait for every segment in every expression, a backdrop per setting, the floor and the icons', () => {
    for (const segment of SEGMENT_IDS)
      for (const mood of MOODS) expect(art.has(`portrait-${segment}-${mood}.svg`)).toBe(true);
    for (const setting of SETTING_IDS) expect(art.has(`setting-${setting}.svg`), setting).toBe(true);
    expect(art.has('floor.svg')).toBe(true);
    for (const name of ['clock', 'notes', 'shield']) expect(art.has(`icon-${name}.svg`)).toBe(true);
  });

  it('draws each of the hospital’s customers as their own person, in every expression', () => {
    for (const id of Object.keys(CAST))
      for (const mood of MOODS) expect(art.has(`portrait-${id}-${mood}.svg`), id).toBe(true);
    expect(art.get('portrait-wu-neutral.svg')).not.toBe(art.get('portrait-chen-neutral.svg'));
  });

  it('draws no words in the pictures, only numbers, so no language shows through in the other', () => {
    for (const [name, svg] of art) {
      for (const [, text] of svg.matchAll(/<text[^>]*>([^<]*)</g)) expect(text, name).toMatch(/^\d+$/);
    }
  });

  it('gives each expression of a customer a different face', () => {
    for (const segment of SEGMENT_IDS) {
      const faces = new Set(MOODS.map((m) => art.get(`portrait-${segment}-${m}.svg`)));
      expect(faces.size).toBe(MOODS.length);
    }
  });

  it('is what is committed in assets/art (run npm run art after changing the generator)', () => {
    for (const [name, svg] of art) expect(readFileSync(join(ART_DIR, name), 'utf8'), name).toBe(svg);
  });

  it('is well-formed SVG with its size declared', () => {
    for (const [name, svg] of art) {
      expect(svg, name).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+"/);
      expect(svg.trim().endsWith('</svg>'), name).toBe(true);
      const opened = (svg.match(/<g[\s>]/g) ?? []).length;
      expect((svg.match(/<\/g>/g) ?? []).length, name).toBe(opened);
    }
  });
});
