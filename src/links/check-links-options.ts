import { parseArgs } from 'node:util';

export interface CheckLinksCliOptions {
  /** The partners folder, when given on the command line. */
  dir?: string;
  json: boolean;
  markdown?: string;
  timeoutSeconds: number;
  retries: number;
  retryDelaySeconds: number;
  concurrency: number;
  help: boolean;
}

export const USAGE = `Usage: npm run check-links [-- DIR] [options]

Checks every website and case-study URL of the published records in DIR (default partners/,
or PARTNERS_DIR); withdrawn records are skipped. One line per finding, file:line:col of the
URL: a broken link (4xx, DNS failure, refused connection, timeout or 5xx after retries) is an
error; a permanent redirect, 401/403/429 and bot protection are warnings. Exit 1 on any error.

  --json                write the findings as JSON instead of lines
  --markdown FILE       also write a Markdown report to FILE (the weekly issue's body)
  --timeout SECONDS     for each request (default 15)
  --retries N           further tries after a timeout or a 5xx answer (default 2)
  --retry-delay SECONDS wait before the first retry, doubled for each next one (default 1)
  --concurrency N       requests at once, all hosts together (default 8; never more than
                        2 at once to one host)
  --help                show this help`;

/** A wrong flag or value: the CLI prints it with the usage and exits 2. */
export class UsageError extends Error {}

export function parseCheckLinksArgs(args: string[]): CheckLinksCliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        markdown: { type: 'string' },
        timeout: { type: 'string', default: '15' },
        retries: { type: 'string', default: '2' },
        'retry-delay': { type: 'string', default: '1' },
        concurrency: { type: 'string', default: '8' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`unexpected argument ${positionals[1]}`);
  return {
    dir: positionals[0],
    json: values.json,
    markdown: values.markdown,
    timeoutSeconds: number('--timeout', values.timeout, { min: 0.001, max: 600 }),
    retries: number('--retries', values.retries, { min: 0, max: 10, integer: true }),
    retryDelaySeconds: number('--retry-delay', values['retry-delay'], { min: 0, max: 60 }),
    concurrency: number('--concurrency', values.concurrency, { min: 1, max: 64, integer: true }),
    help: values.help,
  };
}

function number(
  flag: string,
  text: string,
  limits: { min: number; max: number; integer?: boolean },
): number {
  const value = Number(text);
  const kind = limits.integer ? 'a whole number' : 'a number';
  if (
    text.trim() === '' ||
    !Number.isFinite(value) ||
    (limits.integer && !Number.isInteger(value)) ||
    value < limits.min ||
    value > limits.max
  ) {
    throw new UsageError(
      `${flag} must be ${kind} from ${limits.min} to ${limits.max} (got "${text}")`,
    );
  }
  return value;
}
