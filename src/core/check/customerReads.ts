/**
 * What a story can tell apart of the customer's variables. Most stories only compare them with fixed
 * values (`{rapport >= 60:`, `- customer_state == "engaged":`); then two values that fall on the same side
 * of every such comparison play alike, and the search need not play ink again for each. A variable used
 * any other way (printed, in arithmetic, compared with another variable) is told apart by its exact value.
 */
export type ReadClass = (value: number | string) => string;

const COMPARISON = /^\s*(>=|<=|==|!=|>|<)\s*("[^"]*"|[-+*()\d\sa-z_]+?)\s*(?=:|\}|\)|&&|\|\||\band\b|\bor\b|$)/;
/** What may stand just before a comparison that starts an expression of its own. */
// Not after `not`, which ink applies to the variable before the comparison.
const OPENS = /(^|\{|\(|&&|\|\||\band|\bor|^\s*-)\s*$/;

/** How each customer variable is told apart in these sources, at a difficulty level; exact where unsure. */
export function readClasses(
  sources: Iterable<string>,
  names: readonly string[],
  difficulty: number,
): Map<string, ReadClass | null> {
  const tests = new Map<string, { op: string; against: number | string }[] | null>(names.map((n) => [n, []]));
  for (const source of sources) {
    for (const raw of source.split(/\r?\n/)) {
      const line = logicOf(raw);
      for (const name of names) {
        const found = tests.get(name);
        if (!found) continue;
        for (const m of line.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) {
          const before = line.slice(0, m.index);
          if (/^\s*VAR\s+$/.test(before)) continue;
          const comparison = COMPARISON.exec(line.slice((m.index ?? 0) + name.length));
          const against = comparison ? fixedValue(comparison[2], difficulty) : null;
          if (!comparison || against === null || !OPENS.test(before)) {
            tests.set(name, null);
            break;
          }
          found.push({ op: comparison[1], against });
        }
      }
    }
  }
  const classes = new Map<string, ReadClass | null>();
  for (const [name, found] of tests) {
    classes.set(
      name,
      found ? (value) => found.map(({ op, against }) => (holds(value, op, against) ? 1 : 0)).join('') : null,
    );
  }
  return classes;
}

/** The line without its comment and its tags, where no variable is read. */
function logicOf(line: string): string {
  return line.replace(/\/\/.*$/, '').replace(/#.*$/, '');
}

/** A fixed value: a string, or whole-number arithmetic on the difficulty level. */
function fixedValue(text: string, difficulty: number): number | string | null {
  const t = text.trim();
  if (t.startsWith('"')) return t.slice(1, -1);
  const tokens = t.replace(/\bdifficulty\b/g, String(difficulty)).match(/\d+|[-+*()]|\S/g) ?? [];
  let at = 0;
  // sum := product (("+" | "-") product)*; product := atom ("*" atom)*; atom := number | "(" sum ")"
  const atom = (): number | null => {
    const token = tokens[at++];
    if (token === '(') {
      const inner = sum();
      return tokens[at++] === ')' ? inner : null;
    }
    return token !== undefined && /^\d+$/.test(token) ? Number(token) : null;
  };
  const product = (): number | null => {
    let value = atom();
    while (value !== null && tokens[at] === '*') {
      at++;
      const next = atom();
      value = next === null ? null : value * next;
    }
    return value;
  };
  const sum = (): number | null => {
    let value = product();
    while (value !== null && (tokens[at] === '+' || tokens[at] === '-')) {
      const op = tokens[at++];
      const next = product();
      value = next === null ? null : op === '+' ? value + next : value - next;
    }
    return value;
  };
  const value = sum();
  return at === tokens.length ? value : null;
}

function holds(value: number | string, op: string, against: number | string): boolean {
  switch (op) {
    case '>=':
      return value >= against;
    case '<=':
      return value <= against;
    case '>':
      return value > against;
    case '<':
      return value < against;
    case '==':
      return value === against;
    default:
      return value !== against;
  }
}
