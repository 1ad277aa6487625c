import { findTags } from './tagScan';

/** Tags a translation is expected to change. */
const LOCAL_TAGS = /^(title|lang)\s*:/;

/**
 * The decision structure of an ink source without its words: knots, choice and gather markers, diverts,
 * logic and every tag but title and language, line by line. Two language versions of a scenario must have
 * the same skeleton.
 */
export function skeleton(source: string): string[] {
  const tagsByLine = new Map<number, string[]>();
  for (const tag of findTags(source, true)) {
    if (LOCAL_TAGS.test(tag.raw)) continue;
    tagsByLine.set(tag.line, [...(tagsByLine.get(tag.line) ?? []), tag.raw.replace(/\s+/g, ' ')]);
  }
  const out: string[] = [];
  source.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/\/\/.*$/, '').trim();
    const parts: string[] = [];
    const knot = /^(={1,3})\s*(function\s+)?([\w]+)/.exec(line);
    if (knot) parts.push(`${knot[1].length > 1 ? 'knot' : 'stitch'} ${knot[3]}`);
    const marker = /^([*+-]\s*)+/.exec(line)?.[0].replace(/\s/g, '');
    if (marker && !line.startsWith('->')) parts.push(marker);
    if (/^(~|VAR\b|CONST\b|EXTERNAL\b|INCLUDE\b)/.test(line)) parts.push(line.replace(/"[^"]*"/g, '""'));
    const condition = /^\{([^:}]*):?/.exec(line);
    if (condition && !knot) parts.push(`{${condition[1].trim()}}`);
    for (const divert of line.matchAll(/->\s*([\w.]+|->)/g)) parts.push(`-> ${divert[1]}`);
    parts.push(...(tagsByLine.get(i + 1) ?? []));
    if (parts.length) out.push(parts.join(' | '));
  });
  return out;
}

/** The first place two versions part, as a readable message; null when they match. */
export function compareSkeletons(
  a: readonly string[],
  b: readonly string[],
  nameA: string,
  nameB: string,
): string | null {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i])
      return `structure differs at step ${i + 1}: ${nameA} has "${a[i] ?? '(end)'}", ${nameB} has "${b[i] ?? '(end)'}"`;
  }
  return null;
}
