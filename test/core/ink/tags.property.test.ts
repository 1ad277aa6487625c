import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTag, parseAssumes, parseTag, splitList, TAG_CONTRACT, type TagPlace } from '../../../src/core/ink/tags';

const PLACES = Object.keys(TAG_CONTRACT) as TagPlace[];
// Keys a writer might type, keys of the contract, and keys every object has: none may confuse the check.
const key = fc.oneof(
  fc.string(),
  fc.constantFrom(...PLACES.flatMap((p) => Object.keys(TAG_CONTRACT[p]))),
  fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'),
);
const value = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.integer().map(String));
const raw = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`),
);

describe('the tag parser, on any input', () => {
  it('either accepts a tag or names its problem in words; it never throws', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLACES), raw, (place, tag) => {
        const problem = checkTag(place, tag);
        expect(problem === null || (typeof problem === 'string' && problem.length > 0)).toBe(true);
      }),
    );
  });

  it('accepts only keys of the contract for the place', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLACES), key, value, (place, k, v) => {
        const known = Object.hasOwn(TAG_CONTRACT[place], k.trim()) && !k.includes(':');
        if (!known) expect(checkTag(place, `${k}: ${v}`)).toMatch(/^unknown .* tag/);
      }),
    );
  });

  it('splits at the first colon, trimmed, so the value keeps its own colons', () => {
    fc.assert(
      fc.property(
        key.filter((k) => !k.includes(':')),
        value,
        (k, v) => {
          expect(parseTag(`${k}:${v}`)).toEqual({ key: k.trim(), value: v.trim() });
        },
      ),
    );
  });

  it('reads any list into trimmed, non-empty items, and any assumes list into kind and id', () => {
    fc.assert(
      fc.property(fc.string(), (list) => {
        for (const item of splitList(list)) expect(item).toBe(item.trim());
        expect(splitList(list).every(Boolean)).toBe(true);
        for (const { kind, id } of parseAssumes(list))
          expect(typeof kind === 'string' && typeof id === 'string').toBe(true);
      }),
    );
  });
});
