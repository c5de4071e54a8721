// How the project's commands read their arguments: node:util's parseArgs, strict, with --help,
// and one UsageError for a mistake in how a command was called. scripts/cli.ts prints it.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** A mistake in how a command was called: said with the usage (or the hint), exit code 2. */
export class UsageError extends Error {
  readonly hint?: string;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'UsageError';
    this.hint = hint;
  }
}

const HELP = { help: { type: 'boolean', short: 'h' } } as const;
type Config<O> = { options: O & typeof HELP; strict: true; allowPositionals: true };
/** What parseArgs read: the flags by name (`help` among them) and the positional arguments. */
export type CommandLine<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<Config<O>>>;

/**
 * parseArgs with `--help`/`-h` and at most `positionals` arguments. A refusal is a UsageError:
 * the first sentence of parseArgs' message ("Unknown option '--fast'") or "unexpected argument X".
 */
export function parseCommandLine<const O extends ParseArgsOptionsConfig>(
  args: string[],
  options: O,
  { positionals = 0 } = {},
): CommandLine<O> {
  let parsed;
  try {
    const config = { args, options: { ...options, ...HELP }, strict: true, allowPositionals: true };
    parsed = parseArgs(config as Config<O> & { args: string[] });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (!(error instanceof Error) || !String(code).startsWith('ERR_PARSE_ARGS')) throw error;
    throw new UsageError(error.message.split('\n')[0].split('. ')[0].replace(/\.$/, ''));
  }
  if (parsed.positionals.length > positionals)
    throw new UsageError(`unexpected argument ${parsed.positionals[positionals]}`);
  return parsed;
}
