import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** A mistake in how a command was called; scripts/cli.ts prints it with the usage, exit code 2. */
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
export type CommandLine<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<Config<O>>>;

/** parseArgs, strict, with `--help`/`-h`; a refusal is a UsageError ("Unknown option '--fast'"). */
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
