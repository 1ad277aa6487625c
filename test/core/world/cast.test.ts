import { describe, expect, it } from 'vitest';
import { SEGMENT_IDS } from '../../../src/core/methodology/stages';
import { CAST, speakerName } from '../../../src/core/world/cast';
import { FLOOR_ROOMS } from '../../../src/core/world/floor';
import { CLAIMS } from '../../../src/core/world/product';

describe('the hospital and its cast', () => {
  const people = Object.values(CAST);

  it('has at least 8 customers across all five segments, with two clinicians', () => {
    expect(people.length).toBeGreaterThanOrEqual(8);
    expect(new Set(people.map((c) => c.segment))).toEqual(new Set(SEGMENT_IDS));
    expect(people.filter((c) => c.segment === 'clinician').length).toBeGreaterThanOrEqual(2);
  });

  it('gives every customer a full persona in both languages and a room on the floor', () => {
    const fields = [
      'name',
      'department',
      'background',
      'interests',
      'personality',
      'channel',
      'hiddenNeeds',
      'concerns',
    ] as const;
    for (const c of people) {
      for (const field of fields) {
        expect(c[field].en.trim(), `${c.id}.${field}`).not.toBe('');
        expect(c[field]['zh-CN'], `${c.id}.${field}`).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(FLOOR_ROOMS.map((r) => r.id)).toContain(c.room);
    }
  });

  it('names speakers: customers, other known speakers, else the id', () => {
    expect(speakerName('zhou', 'zh-CN')).toBe('周明华教授');
    expect(speakerName('secretary', 'en')).toBe('Secretary');
    expect(speakerName('stranger', 'en')).toBe('stranger');
  });
});

describe('the claims sheet', () => {
  it('covers every topic the method needs, once per id, in both languages', () => {
    expect(new Set(CLAIMS.map((c) => c.id)).size).toBe(CLAIMS.length);
    const topics = new Set(CLAIMS.map((c) => c.topic));
    const needed = [
      'indication',
      'dosing',
      'contraindications',
      'efficacy',
      'safety',
      'guideline',
      'price',
      'insurance',
      'storage',
      'competitor',
    ];
    for (const t of needed) expect(topics).toContain(t);
    for (const c of CLAIMS) expect(c.text['zh-CN'], c.id).toMatch(/[\u4e00-\u9fff]/);
  });
});
