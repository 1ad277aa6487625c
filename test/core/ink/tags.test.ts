import { describe, expect, it } from 'vitest';
import { checkTag, parseTag } from '../../../src/core/ink/tags';

describe('the tag contract', () => {
  it('splits a tag into key and value at the first colon', () => {
    expect(parseTag(' title: A visit: part 2 ')).toEqual({ key: 'title', value: 'A visit: part 2' });
    expect(parseTag('nocolon')).toEqual({ key: 'nocolon', value: '' });
  });

  it.each([
    ['header', 'segment: kol'],
    ['header', 'stage: follow_up'],
    ['header', 'dimensions: discovery, value'],
    ['header', 'lang: zh-CN'],
    ['header', 'setting: phone'],
    ['line', 'speaker: zhou'],
    ['line', 'mood: annoyed'],
    ['line', 'need: renal_dosing'],
    ['line', 'end_visit: patience_exhausted'],
    ['choice', 'act: objections.defer_and_commit'],
    ['choice', 'violation: prescription_tracking'],
    ['choice', 'minutes: 0'],
    ['choice', 'minutes: 60'],
    ['choice', 'phase: presentation'],
  ] as const)('accepts %s tag "%s"', (place, raw) => {
    expect(checkTag(place, raw)).toBeNull();
  });

  it.each([
    ['header', 'segment: surgeon', "unknown segment 'surgeon'"],
    ['header', 'stage: lunch', "unknown stage 'lunch'"],
    ['header', 'dimensions: discovery, charm', "unknown dimension 'charm'"],
    ['header', 'title: ', 'title is empty'],
    ['header', 'setting: canteen', "unknown setting 'canteen'"],
    ['line', 'speaker: Prof Zhou', 'must be a short id'],
    ['line', 'mood: furious', "unknown mood 'furious'"],
    ['line', 'act: opening.thanks', "unknown line tag 'act'"],
    ['choice', 'act: opening.bribe', "unknown act 'opening.bribe'"],
    ['choice', 'violation: theft', "unknown compliance rule 'theft'"],
    ['choice', 'minutes: 61', 'whole number 0-60'],
    ['choice', 'minutes: 2.5', 'whole number 0-60'],
    ['choice', 'speaker: rep', "unknown choice tag 'speaker'"],
  ] as const)('rejects %s tag "%s"', (place, raw, message) => {
    expect(checkTag(place, raw)).toContain(message);
  });
});
