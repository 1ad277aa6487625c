import type { Mood, SegmentId } from '../../core/methodology/stages';
import { PALETTE as P } from './palette';

interface Look {
  readonly skin: string;
  readonly hair: string;
  readonly hairStyle: 'bun' | 'short' | 'side' | 'crop' | 'bob';
  readonly glasses: boolean;
  readonly shirt: string;
  readonly stethoscope: boolean;
  readonly age: 'young' | 'middle' | 'senior';
}

/** One customer per segment; the cast of a hospital may grow, the look of a segment stays. */
export const LOOKS: Readonly<Record<SegmentId, Look>> = {
  kol: {
    skin: '#e9c4a4',
    hair: '#9aa1a8',
    hairStyle: 'bun',
    glasses: true,
    shirt: '#7a3b4f',
    stethoscope: false,
    age: 'senior',
  },
  director: {
    skin: '#ddb08c',
    hair: '#2b2b2b',
    hairStyle: 'side',
    glasses: false,
    shirt: '#2f5d8a',
    stethoscope: true,
    age: 'middle',
  },
  clinician: {
    skin: '#f0cfb2',
    hair: '#3a2a22',
    hairStyle: 'bob',
    glasses: false,
    shirt: '#2a9d8f',
    stethoscope: true,
    age: 'middle',
  },
  resident: {
    skin: '#e6bc98',
    hair: '#1e1b1a',
    hairStyle: 'crop',
    glasses: true,
    shirt: '#5b6fa8',
    stethoscope: true,
    age: 'young',
  },
  pharmacist: {
    skin: '#efc9a8',
    hair: '#4a3426',
    hairStyle: 'short',
    glasses: true,
    shirt: '#c4803b',
    stethoscope: false,
    age: 'middle',
  },
};

const HAIR_BACK: Record<Look['hairStyle'], string> = {
  bun: '<circle cx="200" cy="92" r="34"/><ellipse cx="200" cy="150" rx="86" ry="80"/>',
  short: '<ellipse cx="200" cy="148" rx="84" ry="78"/>',
  side: '<ellipse cx="200" cy="146" rx="82" ry="74"/>',
  crop: '<ellipse cx="200" cy="146" rx="80" ry="70"/>',
  bob: '<path d="M112 150 Q112 70 200 68 Q288 70 288 150 L292 250 Q270 262 256 240 L256 170 L144 170 L144 240 Q130 262 108 250 Z"/>',
};

const HAIR_FRONT: Record<Look['hairStyle'], string> = {
  bun: '<path d="M120 160 Q130 96 200 92 Q270 96 280 160 Q250 120 200 122 Q150 120 120 160 Z"/>',
  short: '<path d="M118 166 Q122 90 200 88 Q278 90 282 166 Q262 118 214 118 Q170 122 150 140 Q132 148 118 166 Z"/>',
  side: '<path d="M120 158 Q126 92 200 88 Q274 92 280 158 Q270 122 230 114 Q176 110 120 158 Z"/>',
  crop: '<path d="M124 150 Q132 96 200 94 Q268 96 276 150 Q250 118 200 120 Q150 118 124 150 Z"/>',
  bob: '<path d="M116 170 Q118 92 200 88 Q282 92 284 170 Q262 124 200 124 Q150 124 132 150 Q122 158 116 170 Z"/>',
};

function eyes(mood: Mood): string {
  const brow = (x: number, tilt: number, lift: number) =>
    `<path d="M${x - 18} ${150 - lift + tilt} L${x + 18} ${150 - lift - tilt}" stroke="${P.ink}" stroke-width="6" stroke-linecap="round"/>`;
  const open = (x: number) => `<ellipse cx="${x}" cy="170" rx="7" ry="8" fill="${P.ink}"/>`;
  const smile = (x: number) =>
    `<path d="M${x - 10} 172 Q${x} 162 ${x + 10} 172" stroke="${P.ink}" stroke-width="5" fill="none" stroke-linecap="round"/>`;
  const narrow = (x: number) =>
    `<path d="M${x - 10} 170 L${x + 10} 170" stroke="${P.ink}" stroke-width="6" stroke-linecap="round"/>`;
  switch (mood) {
    case 'pleased':
      return brow(168, 0, 4) + brow(232, 0, 4) + smile(168) + smile(232);
    case 'sceptical':
      return brow(168, -2, 8) + brow(232, 4, -2) + open(168) + narrow(232);
    case 'annoyed':
      return brow(168, -6, 0) + brow(232, 6, 0) + narrow(168) + narrow(232);
    default:
      return brow(168, 0, 0) + brow(232, 0, 0) + open(168) + open(232);
  }
}

function mouth(mood: Mood): string {
  const stroke = `stroke="${P.ink}" stroke-width="6" fill="none" stroke-linecap="round"`;
  switch (mood) {
    case 'pleased':
      return `<path d="M176 214 Q200 236 224 214" ${stroke}/>`;
    case 'sceptical':
      return `<path d="M180 222 Q202 216 222 210" ${stroke}/>`;
    case 'annoyed':
      return `<path d="M178 226 Q200 210 222 226" ${stroke}/>`;
    default:
      return `<path d="M182 220 L218 220" ${stroke}/>`;
  }
}

/** The hospital's customers, each recognisable; a segment's look is the fallback for anyone else. */
export const CUSTOMER_LOOKS: Readonly<Record<string, Look>> = {
  zhou: LOOKS.kol,
  liang: { ...LOOKS.director, hair: '#3b3b3b', hairStyle: 'side', shirt: '#2f5d8a', glasses: true, age: 'middle' },
  sun: {
    ...LOOKS.clinician,
    skin: '#ecc7a6',
    hair: '#5a4034',
    hairStyle: 'bun',
    shirt: '#6b4c8a',
    glasses: true,
  },
  chen: LOOKS.clinician,
  wu: {
    ...LOOKS.director,
    skin: '#d9a982',
    hair: '#161616',
    hairStyle: 'crop',
    shirt: '#8a3b3b',
    glasses: false,
  },
  zhao: {
    ...LOOKS.resident,
    skin: '#e2b48e',
    hair: '#2a221d',
    hairStyle: 'short',
    shirt: '#c4503b',
    glasses: false,
    age: 'middle',
  },
  li: LOOKS.resident,
  wang: LOOKS.pharmacist,
};

/** A flat portrait, 400×480 on a clear ground, of a look (a segment's or a customer's) with one expression. */
export function portraitSvg(who: SegmentId | string, mood: Mood): string {
  const l = CUSTOMER_LOOKS[who] ?? LOOKS[who as SegmentId];
  const lines =
    l.age === 'senior'
      ? `<path d="M150 196 Q156 202 162 198 M238 198 Q244 202 250 196" stroke="#c99d7f" stroke-width="3" fill="none"/>`
      : '';
  const glasses = l.glasses
    ? `<g fill="none" stroke="${P.ink}" stroke-width="4"><rect x="146" y="154" width="44" height="32" rx="10"/><rect x="210" y="154" width="44" height="32" rx="10"/><path d="M190 168 L210 168"/></g>`
    : '';
  const stethoscope = l.stethoscope
    ? `<path d="M168 330 Q160 400 196 410 Q232 400 232 330" stroke="${P.grey}" stroke-width="7" fill="none"/><circle cx="196" cy="414" r="11" fill="${P.greyLight}" stroke="${P.grey}" stroke-width="4"/>`
    : `<rect x="236" y="376" width="44" height="52" rx="6" fill="${P.paper}" stroke="${P.greyLight}" stroke-width="3"/><rect x="244" y="388" width="28" height="6" fill="${P.teal}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="480" viewBox="0 0 400 480">
<g fill="${l.hair}">${HAIR_BACK[l.hairStyle]}</g>
<path d="M60 480 Q64 330 200 318 Q336 330 340 480 Z" fill="${P.coat}"/>
<path d="M160 322 L200 380 L240 322 Z" fill="${l.shirt}"/>
<path d="M150 326 L200 420 L170 480 L120 480 Z M250 326 L200 420 L230 480 L280 480 Z" fill="${P.coatShade}"/>
${stethoscope}
<rect x="178" y="262" width="44" height="62" rx="16" fill="${l.skin}"/>
<ellipse cx="118" cy="178" rx="14" ry="20" fill="${l.skin}"/><ellipse cx="282" cy="178" rx="14" ry="20" fill="${l.skin}"/>
<ellipse cx="200" cy="176" rx="82" ry="96" fill="${l.skin}"/>
<g fill="${l.hair}">${HAIR_FRONT[l.hairStyle]}</g>
${eyes(mood)}${glasses}
<path d="M198 184 Q192 200 204 204" stroke="#b98868" stroke-width="4" fill="none" stroke-linecap="round"/>
${lines}${mouth(mood)}
</svg>
`;
}
