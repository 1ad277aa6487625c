/** A bad command line: the message says what was wrong and how to say it right. */
export class UsageError extends Error {}

export interface ParsedArgs {
  readonly positional: string[];
  readonly options: Map<string, string | true>;
}

/** `--name value`, `--name=value` and bare `--flag`; `flags` names the options that take no value. */
export function parseArgs(argv: readonly string[], flags: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (flags.includes(name)) options.set(name, true);
    else if (inline !== undefined) options.set(name, inline);
    else if (i + 1 < argv.length) options.set(name, argv[++i]);
    else throw new UsageError(`--${name} needs a value`);
  }
  return { positional, options };
}
