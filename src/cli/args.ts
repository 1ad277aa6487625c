import { parseArgs as parseNodeArgs } from 'node:util';

/** A bad command line: the message says what was wrong; the CLI adds its usage and exits 2. */
export class UsageError extends Error {}

export interface ParsedArgs {
  readonly positional: string[];
  readonly options: Map<string, string | true>;
}

/** Each option a CLI knows: `value` when it takes one (`--name value` or `--name=value`), `flag` when not. */
export type OptionSpec = Readonly<Record<string, 'value' | 'flag'>>;

/**
 * Reads a command line strictly: an option the CLI does not know, a flag given a value or an option left
 * without one is a UsageError, so a typo (`--choice` for `--choices`) never runs as if it were not there.
 */
export function parseArgs(argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const options = Object.fromEntries(
    Object.entries(spec).map(([name, kind]) => [name, { type: kind === 'flag' ? 'boolean' : 'string' } as const]),
  );
  let parsed: ReturnType<typeof parseNodeArgs>;
  try {
    parsed = parseNodeArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(plainly(error as Error & { code?: string }));
  }
  const given = new Map<string, string | true>();
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value !== undefined && value !== false) given.set(name, value === true ? true : String(value));
  }
  return { positional: parsed.positionals, options: given };
}

/** Node's messages for a bad command line, in a CLI's own short words. */
function plainly(error: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return error.message.includes('argument missing') ? `${option} needs a value` : `${option} takes no value`;
    default:
      return error.message;
  }
}
