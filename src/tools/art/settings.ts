import type { SettingId } from '../../core/world/setting';
import { PALETTE as P } from './palette';

const W = 1280;
const H = 720;
/** Where the dialogue panels begin: the scene is composed above it, the floor runs on behind them. */
const SILL = 430;

const svg = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">\n${body}\n</svg>\n`;
const rect = (x: number, y: number, w: number, h: number, fill: string, extra = '') =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${fill}"${extra}/>`;
const room = (wall: string, floor: string) => rect(0, 0, W, H, wall) + rect(0, SILL - 60, W, H, floor);

const window_ = (x: number, y: number, w: number, h: number) =>
  rect(x, y, w, h, P.sky, ` rx="8" stroke="${P.paper}" stroke-width="12"`) +
  `<path d="M${x + w / 2} ${y} V${y + h} M${x} ${y + h / 2} H${x + w}" stroke="${P.paper}" stroke-width="8"/>` +
  `<path d="M${x + 12} ${y + h - 14} Q${x + w * 0.3} ${y + h * 0.7} ${x + w * 0.55} ${y + h * 0.82} T${x + w - 12} ${y + h * 0.78} V${y + h - 12} Z" fill="${P.tealLight}"/>`;

const books = (x: number, y: number) =>
  [0, 1, 2, 3, 4, 5, 6, 7]
    .map((i) => rect(x + i * 24, y + (i % 2 ? 8 : 0), 18, i % 2 ? 56 : 64, [P.navy, P.teal, P.amber, P.red][i % 4]))
    .join('');

const plant = (x: number, y: number) =>
  `<circle cx="${x}" cy="${y}" r="34" fill="${P.green}" opacity="0.85"/>${rect(x - 20, y + 18, 40, 56, P.wood, ' rx="6"')}`;

/** The customer's office: window, shelves, a desk in front of them. */
function office(): string {
  return svg(
    room(P.wall, P.floor) +
      window_(840, 70, 300, 220) +
      rect(60, 120, 240, 12, P.woodDark) +
      books(74, 56) +
      rect(60, 196, 240, 12, P.woodDark) +
      books(74, 132) +
      plant(1180, 300),
  );
}

/** A ward corridor: doors with numbers, a handrail, ceiling lights, a trolley by the wall. */
function ward(): string {
  const doors = [80, 330, 900, 1130]
    .map(
      (x, i) =>
        rect(x, 110, 120, 250, P.tealLight, ' rx="4"') +
        rect(x + 12, 130, 40, 60, P.sky) +
        rect(x + 92, 236, 10, 30, P.grey, ' rx="3"') +
        `<text x="${x + 60}" y="100" font-family="sans-serif" font-size="22" text-anchor="middle" fill="${P.navy}">${i < 2 ? 11 + i : 15 + i}</text>`,
    )
    .join('');
  const lights = [200, 640, 1080].map((x) => rect(x - 70, 18, 140, 14, P.paper, ' rx="7"')).join('');
  return svg(
    room('#e6efe9', '#cfd9d2') +
      lights +
      doors +
      rect(0, 300, W, 10, P.grey, ' rx="4"') +
      rect(1010, 250, 90, 110, P.greyLight, ' rx="6"') +
      `<circle cx="1025" cy="372" r="10" fill="${P.grey}"/><circle cx="1085" cy="372" r="10" fill="${P.grey}"/>` +
      rect(0, SILL - 60, W, 6, '#b7c4bb'),
  );
}

/** The department's meeting room: a screen with a chart, a whiteboard, the table's end in front. */
function meeting(): string {
  const bars = [0, 1, 2, 3]
    .map((i) => rect(930 + i * 46, 230 - i * 28, 30, 40 + i * 28, [P.teal, P.navy, P.amber, P.teal][i]))
    .join('');
  return svg(
    room('#eef0f3', '#c9ced6') +
      rect(880, 60, 300, 200, P.paper, ` rx="6" stroke="${P.greyLight}" stroke-width="6"`) +
      bars +
      rect(60, 80, 320, 190, P.paper, ` rx="6" stroke="${P.grey}" stroke-width="5"`) +
      `<path d="M90 130 H300 M90 170 H260 M90 210 H320" stroke="${P.navy}" stroke-width="5" stroke-linecap="round" opacity="0.5"/>` +
      rect(80, 270, 280, 8, P.grey),
  );
}

/** A congress hall: a stage, a big screen, banners and the first rows of seats. */
function congress(): string {
  const seats = Array.from({ length: 14 }, (_, i) => rect(20 + i * 92, 390, 70, 40, P.navy, ' rx="10"')).join('');
  return svg(
    rect(0, 0, W, H, '#2b3e55') +
      rect(0, 300, W, H, '#3a4f68') +
      rect(120, 40, 1040, 250, '#f2f5f9', ' rx="6"') +
      rect(160, 80, 420, 30, P.navy, ' rx="4"') +
      `<path d="M200 250 L330 170 L450 210 L560 130" stroke="${P.teal}" stroke-width="10" fill="none" stroke-linecap="round"/>` +
      rect(700, 90, 400, 16, P.greyLight, ' rx="8"') +
      rect(700, 130, 340, 16, P.greyLight, ' rx="8"') +
      rect(700, 170, 370, 16, P.greyLight, ' rx="8"') +
      rect(30, 40, 60, 300, P.teal, ' rx="4"') +
      rect(1190, 40, 60, 300, P.teal, ' rx="4"') +
      rect(0, 330, W, 30, '#4a617c') +
      seats,
  );
}

/** The rep's own desk: a laptop, a desk phone and a mug; the customer is a voice on the line. */
function desk(): string {
  return svg(
    room('#ece7df', P.floor) +
      window_(80, 60, 300, 220) +
      rect(880, 70, 260, 160, P.paper, ` rx="4" stroke="${P.greyLight}" stroke-width="5"`) +
      `<path d="M910 110 H1100 M910 150 H1060 M910 190 H1090" stroke="${P.teal}" stroke-width="6" stroke-linecap="round" opacity="0.5"/>` +
      rect(0, 330, W, 40, P.wood) +
      rect(0, 370, W, H, P.woodDark) +
      rect(470, 96, 340, 230, P.ink, ' rx="12"') +
      rect(486, 112, 308, 198, '#dbe7f3', ' rx="4"') +
      rect(430, 326, 420, 14, P.grey, ' rx="6"') +
      rect(900, 280, 150, 56, P.ink, ' rx="10"') +
      rect(915, 262, 120, 26, P.grey, ' rx="12"') +
      rect(1110, 280, 44, 54, P.paper, ` rx="8" stroke="${P.greyLight}" stroke-width="4"`),
  );
}

/** Messaging: the rep's phone on the table, its screen left for the thread. */
function phone(): string {
  return svg(
    rect(0, 0, W, H, '#d7cdbf') +
      `<path d="M0 560 Q400 500 1280 600 V720 H0 Z" fill="#cbbfae"/>` +
      rect(110, 14, 400, 692, P.ink, ' rx="48"') +
      rect(128, 56, 364, 628, '#ededed', ' rx="10"') +
      rect(250, 28, 120, 14, '#3a4a5c', ' rx="7"') +
      plant(1200, 120),
  );
}

export const BACKDROPS: Readonly<Record<SettingId, () => string>> = { office, ward, meeting, congress, desk, phone };

/** What stands in front of the customer, so they are in the room and not floating: a desk, a table, a lectern. */
export const FRONTS: Readonly<Partial<Record<SettingId, () => string>>> = {
  office: () =>
    svg(
      rect(240, 372, 800, 36, P.wood, ' rx="8"') +
        rect(260, 408, 760, 312, P.woodDark) +
        rect(300, 340, 170, 36, P.paper, ` rx="4" stroke="${P.greyLight}" stroke-width="3"`) +
        rect(820, 300, 140, 72, P.ink, ' rx="6"') +
        rect(876, 372, 28, 6, P.ink),
    ),
  meeting: () =>
    svg(rect(200, 380, 880, 30, '#9aa7b5', ' rx="10"') + rect(220, 410, 840, 310, '#7f8d9c') + plant(1180, 320)),
  congress: () => svg(rect(560, 360, 200, 360, '#5b6f88', ' rx="8"') + rect(520, 340, 280, 30, '#6d819a', ' rx="6"')),
};
