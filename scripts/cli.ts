// The scripts' command line and output: --help exits 0, a usage mistake exits 2; problems are
// one line each (with a GitHub annotation inside GitHub Actions), and any error exits 1.
import type { ParseArgsOptionsConfig } from 'node:util';
import { parseCommandLine, UsageError, type CommandLine } from '../src/core/command-line.ts';
import { formatAnnotation, formatProblem, hasErrors, type Problem } from '../src/core/problems.ts';

/** A script's arguments, read by parseCommandLine and then `check`, which may throw a UsageError. */
export function readCommandLine<const O extends ParseArgsOptionsConfig, T = CommandLine<O>>(
  usage: string,
  options = {} as O,
  { positionals = 0, check }: { positionals?: number; check?: (parsed: CommandLine<O>) => T } = {},
): T {
  try {
    const parsed = parseCommandLine(process.argv.slice(2), options, { positionals });
    if ((parsed.values as { help?: boolean }).help) {
      console.log(usage);
      process.exit(0);
    }
    return check ? check(parsed) : (parsed as T);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    refuse(usage, error.message);
  }
}

/** Ends a script on a usage mistake: the message, then the usage, on stderr; exit code 2. */
export function refuse(usage: string, message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

/** Prints each problem as a line, with a GitHub annotation inside GitHub Actions, then `summary`. */
export function printProblems(problems: Problem[], summary: string): void {
  const inActions = process.env.GITHUB_ACTIONS === 'true';
  for (const problem of problems) {
    console.log(formatProblem(problem));
    if (inActions) console.log(formatAnnotation(problem));
  }
  console.log(summary);
}

/** 1 when any of the problems is an error (warnings alone pass), else 0. */
export const exitCodeFor = (...problems: Problem[][]) =>
  problems.some((list) => hasErrors(list)) ? 1 : 0;
