import { FLOOR_ROOMS } from '../../core/world/floor';
import { PALETTE as P } from './palette';

const W = 1280;
const H = 720;

/** The customer's office: window, shelves, desk; the portrait stands behind the desk. */
export function officeSvg(): string {
  const books = [0, 1, 2, 3, 4, 5, 6, 7]
    .map(
      (i) =>
        `<rect x="${86 + i * 26}" y="${i % 2 ? 206 : 198}" width="20" height="${i % 2 ? 62 : 70}" fill="${[P.navy, P.teal, P.amber, P.red][i % 4]}"/>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<rect width="${W}" height="${H}" fill="${P.wall}"/>
<rect y="520" width="${W}" height="200" fill="${P.floor}"/>
<rect x="860" y="90" width="320" height="260" rx="8" fill="${P.sky}" stroke="${P.paper}" stroke-width="14"/>
<path d="M1020 90 V350 M860 220 H1180" stroke="${P.paper}" stroke-width="10"/>
<path d="M880 330 Q960 270 1040 310 T1170 300 V340 H880 Z" fill="${P.tealLight}"/>
<rect x="70" y="180" width="260" height="14" fill="${P.woodDark}"/>${books}
<rect x="70" y="268" width="260" height="14" fill="${P.woodDark}"/>
<rect x="96" y="300" width="60" height="44" rx="4" fill="${P.paper}" stroke="${P.greyLight}" stroke-width="3"/>
<rect x="180" y="296" width="120" height="48" rx="4" fill="${P.navy}"/><path d="M192 322 H214 L222 304 L230 336 L238 314 L244 322 H288" stroke="${P.paper}" stroke-width="3" fill="none" stroke-linejoin="round"/>
<rect x="0" y="520" width="${W}" height="8" fill="${P.woodDark}" opacity="0.25"/>
<rect x="300" y="540" width="680" height="40" rx="8" fill="${P.wood}"/>
<rect x="320" y="580" width="640" height="140" fill="${P.woodDark}"/>
<rect x="360" y="500" width="180" height="44" rx="4" fill="${P.paper}" stroke="${P.greyLight}" stroke-width="3"/>
<rect x="740" y="470" width="150" height="74" rx="6" fill="${P.ink}"/><rect x="800" y="544" width="30" height="10" fill="${P.ink}"/>
<circle cx="1120" cy="470" r="36" fill="${P.green}" opacity="0.85"/><rect x="1100" y="490" width="40" height="60" rx="6" fill="${P.wood}"/>
</svg>
`;
}

/** The hospital floor seen from above: rooms around a corridor, in the same flat style. */
export function floorSvg(): string {
  const rooms = FLOOR_ROOMS.map(
    (r) =>
      `<rect x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}" rx="14" fill="${P.paper}" stroke="${P.greyLight}" stroke-width="6"/>` +
      `<rect x="${r.x + r.w / 2 - 40}" y="${r.y < 360 ? r.y + r.h - 6 : r.y - 6}" width="80" height="12" fill="${P.floor}"/>`,
  ).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<rect width="${W}" height="${H}" fill="${P.floor}"/>
<rect x="30" y="340" width="${W - 60}" height="60" rx="10" fill="${P.wall}"/>
<path d="M60 370 H${W - 60}" stroke="${P.greyLight}" stroke-width="4" stroke-dasharray="24 18"/>
${rooms}
<g fill="${P.teal}"><rect x="${W / 2 - 14}" y="352" width="28" height="36" rx="4"/><rect x="${W / 2 - 4}" y="358" width="8" height="24" fill="${P.paper}"/><rect x="${W / 2 - 12}" y="366" width="24" height="8" fill="${P.paper}"/></g>
</svg>
`;
}

/** The tab icon: the floor plan's green cross on the product's navy. */
export function faviconSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">
<rect width="64" height="64" rx="14" fill="${P.navy}"/>
<rect x="26" y="12" width="12" height="40" rx="3" fill="${P.teal}"/><rect x="12" y="26" width="40" height="12" rx="3" fill="${P.teal}"/>
</svg>
`;
}

/** Small interface icons, 48×48, in the same palette: the clock, the notes and the compliance shield, kept or broken. */
export const ICONS: Readonly<Record<string, string>> = {
  clock: `<circle cx="24" cy="24" r="19" fill="${P.paper}" stroke="${P.navy}" stroke-width="4"/><path d="M24 12 V24 L32 29" stroke="${P.teal}" stroke-width="4" fill="none" stroke-linecap="round"/>`,
  notes: `<rect x="9" y="6" width="30" height="36" rx="4" fill="${P.paper}" stroke="${P.navy}" stroke-width="4"/><path d="M16 17 H32 M16 24 H32 M16 31 H26" stroke="${P.teal}" stroke-width="3.5" stroke-linecap="round"/>`,
  shield: `<path d="M24 5 L40 11 V23 Q40 36 24 43 Q8 36 8 23 V11 Z" fill="${P.paper}" stroke="${P.navy}" stroke-width="4"/><path d="M16 24 L22 30 L33 18" stroke="${P.green}" stroke-width="4" fill="none" stroke-linecap="round"/>`,
  'shield-broken': `<path d="M24 5 L40 11 V23 Q40 36 24 43 Q8 36 8 23 V11 Z" fill="${P.paper}" stroke="${P.red}" stroke-width="4"/><path d="M17 17 L31 31 M31 17 L17 31" stroke="${P.red}" stroke-width="4" fill="none" stroke-linecap="round"/>`,
};

export function iconSvg(name: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48">${ICONS[name]}</svg>
`;
}
