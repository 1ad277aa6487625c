import { isActId } from '../methodology/acts';
import { isDimensionId } from '../methodology/dimensions';
import { isLocale } from '../methodology/locale';
import { isRuleId } from '../methodology/rules';
import { isMood, isSegmentId, isStageId, MOODS, SEGMENT_IDS, STAGE_IDS, STAGES } from '../methodology/stages';
import { isClaimId, isMaterialId } from '../world/product';
import { isSettingId, SETTING_IDS } from '../world/setting';

/**
 * The tag contract of stories/README.md: which `# key: value` tags a header, a line and a choice take,
 * and what values each accepts. One table serves the compile-time scan, the adapter and the docs test.
 */
export type TagPlace = 'header' | 'line' | 'choice';

/** Returns an error message for a bad value, or null. */
type ValueCheck = (value: string) => string | null;

const SLUG = /^[a-z][a-z0-9_]*$/;
const ALL_PHASES = [...new Set(STAGE_IDS.flatMap((s) => STAGES[s].phases))];

const oneOf =
  (what: string, accepts: (v: string) => boolean, ids: readonly string[]): ValueCheck =>
  (value) =>
    accepts(value) ? null : `unknown ${what} '${value}'; expected one of: ${ids.join(', ')}`;
const known =
  (what: string, accepts: (v: string) => boolean, hint: string): ValueCheck =>
  (value) =>
    accepts(value) ? null : `unknown ${what} '${value}'; ${hint}`;
const slug =
  (what: string): ValueCheck =>
  (value) =>
    SLUG.test(value) ? null : `${what} '${value}' must be a short id: lower-case letters, digits and _`;
const nonEmpty =
  (what: string): ValueCheck =>
  (value) =>
    value.trim() ? null : `${what} is empty`;

const phase = oneOf('phase', (v) => ALL_PHASES.includes(v), ALL_PHASES);
const signed =
  (what: string): ValueCheck =>
  (value) =>
    /^[+-]\d+$/.test(value) && Math.abs(Number(value)) <= 100 && Number(value) % 5 === 0
      ? null
      : `${what} '${value}' must be a signed step of 5, e.g. +5 or -10`;
const noValue =
  (what: string): ValueCheck =>
  (value) =>
    value === '' ? null : `${what} takes no value`;

/** `# assumes:` lists what a follow-up takes as known when the trainee has no earlier visit with the customer. */
export const ASSUMABLE = ['need', 'promise', 'material'] as const;
export type Assumable = (typeof ASSUMABLE)[number];
export function parseAssumes(value: string): { kind: Assumable; id: string }[] {
  return splitList(value).map((item) => {
    const [kind, id = ''] = item.split(':').map((p) => p.trim());
    return { kind: kind as Assumable, id };
  });
}
const assumes: ValueCheck = (value) => {
  for (const { kind, id } of parseAssumes(value)) {
    if (!(ASSUMABLE as readonly string[]).includes(kind) || !SLUG.test(id))
      return `assumes takes a list of ${ASSUMABLE.map((k) => `${k}:<id>`).join(', ')}; '${kind}${id ? `:${id}` : ''}' is not one`;
  }
  return null;
};

export const TAG_CONTRACT: Readonly<Record<TagPlace, Readonly<Record<string, ValueCheck>>>> = {
  header: {
    title: nonEmpty('title'),
    segment: oneOf('segment', isSegmentId, SEGMENT_IDS),
    stage: oneOf('stage', isStageId, STAGE_IDS),
    dimensions: (value) => {
      const bad = splitList(value).filter((d) => !isDimensionId(d));
      return bad.length ? `unknown dimension '${bad.join("', '")}'` : null;
    },
    lang: oneOf('language', isLocale, ['en', 'zh-CN']),
    customer: slug('customer'),
    setting: oneOf('setting', isSettingId, SETTING_IDS),
    leaves_to: known('knot name', (v) => /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)?$/.test(v), 'name a knot of the story'),
    assumes,
  },
  line: {
    speaker: slug('speaker'),
    phase,
    mood: oneOf('mood', isMood, MOODS),
    need: slug('need'),
    ending: slug('ending'),
    end_visit: slug('end_visit reason'),
    objection: slug('objection'),
    adverse_event: slug('adverse_event'),
    time_granted: (value) =>
      /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 120
        ? null
        : `time_granted '${value}' must be a whole number of minutes 1-120`,
  },
  choice: {
    act: known('act', isActId, 'acts are listed in methodology.md (npm run play -- --vocabulary)'),
    violation: known('compliance rule', isRuleId, 'rules are listed in methodology.md (npm run play -- --vocabulary)'),
    claim: known('claim', isClaimId, 'claims are the ids of the claims sheet in src/core/world/product.ts'),
    minutes: (value) =>
      /^\d+$/.test(value) && Number(value) <= 60 ? null : `minutes '${value}' must be a whole number 0-60`,
    phase,
    links: slug('need'),
    promise: slug('promise'),
    keeps: slug('promise'),
    gives: known('material', isMaterialId, 'materials are the approved items in src/core/world/product.ts'),
    rapport: signed('rapport'),
    patience: signed('patience'),
    off_clock: noValue('off_clock'),
  },
};

/** Tags a key may carry more than once in one place. */
export const REPEATABLE = new Set([
  'act',
  'violation',
  'need',
  'claim',
  'links',
  'promise',
  'keeps',
  'gives',
  'objection',
]);

export interface Tag {
  readonly key: string;
  readonly value: string;
}

export function parseTag(raw: string): Tag {
  const colon = raw.indexOf(':');
  if (colon < 0) return { key: raw.trim(), value: '' };
  return { key: raw.slice(0, colon).trim(), value: raw.slice(colon + 1).trim() };
}

/** The problem with one tag in a place, or null when it keeps the contract. */
export function checkTag(place: TagPlace, raw: string): string | null {
  const { key, value } = parseTag(raw);
  const checks = TAG_CONTRACT[place];
  // Own keys only: `# constructor:` or `# __proto__` must not find what every object inherits.
  const check = Object.hasOwn(checks, key) ? checks[key] : undefined;
  if (!check) {
    return `unknown ${place} tag '${key}'; a ${place} takes: ${Object.keys(checks).join(', ')}`;
  }
  return check(value);
}

export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
