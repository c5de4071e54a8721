import { parseCommandLine, UsageError, type CommandLine } from '../core/command-line.ts';

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

export const CHECK_LINKS_OPTIONS = {
  json: { type: 'boolean', default: false },
  markdown: { type: 'string' },
  timeout: { type: 'string', default: '15' },
  retries: { type: 'string', default: '2' },
  'retry-delay': { type: 'string', default: '1' },
  concurrency: { type: 'string', default: '8' },
} as const;

/** The flags' values checked and turned into numbers; a wrong one is a UsageError. */
export function checkLinksOptions({
  values,
  positionals,
}: CommandLine<typeof CHECK_LINKS_OPTIONS>) {
  return {
    dir: positionals[0],
    json: values.json,
    markdown: values.markdown,
    timeoutSeconds: number('--timeout', values.timeout, 0.001, 600),
    retries: number('--retries', values.retries, 0, 10, true),
    retryDelaySeconds: number('--retry-delay', values['retry-delay'], 0, 60),
    concurrency: number('--concurrency', values.concurrency, 1, 64, true),
  };
}

export const parseCheckLinksArgs = (args: string[]) =>
  checkLinksOptions(parseCommandLine(args, CHECK_LINKS_OPTIONS, { positionals: 1 }));

function number(flag: string, text: string, min: number, max: number, integer = false): number {
  const value = Number(text);
  // NaN (any text that is no number) fails both comparisons.
  if (text.trim() !== '' && value >= min && value <= max && (!integer || Number.isInteger(value)))
    return value;
  const kind = integer ? 'a whole number' : 'a number';
  throw new UsageError(`${flag} must be ${kind} from ${min} to ${max} (got "${text}")`);
}
