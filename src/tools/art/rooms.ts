import { CORRIDOR, FLOOR_ROOMS } from '../../core/world/floor';
import { PALETTE as P } from './palette';

const W = 1280;
const H = 720;

/** The hospital floor seen from above: two wings of rooms either side of a corridor, in the same flat style. */
export function floorSvg(): string {
  const c = CORRIDOR;
  const rooms = FLOOR_ROOMS.map(
    (r) =>
      `<rect x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}" rx="14" fill="${P.paper}" stroke="${P.greyLight}" stroke-width="6"/>` +
      `<rect x="${r.x < c.x ? r.x + r.w - 6 : r.x - 6}" y="${r.y + r.h / 2 - 36}" width="12" height="72" fill="${P.wall}"/>`,
  ).join('');
  const mid = c.y + c.h / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<rect width="${W}" height="${H}" fill="${P.floor}"/>
<rect x="${c.x}" y="${c.y}" width="${c.w}" height="${c.h}" rx="10" fill="${P.wall}"/>
<path d="M${c.x + c.w / 2} ${c.y + 20} V${c.y + c.h - 20}" stroke="${P.greyLight}" stroke-width="4" stroke-dasharray="24 18"/>
${rooms}
<g fill="${P.teal}"><rect x="${c.x + c.w / 2 - 14}" y="${mid - 18}" width="28" height="36" rx="4"/><rect x="${c.x + c.w / 2 - 4}" y="${mid - 12}" width="8" height="24" fill="${P.paper}"/><rect x="${c.x + c.w / 2 - 12}" y="${mid - 4}" width="24" height="8" fill="${P.paper}"/></g>
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
