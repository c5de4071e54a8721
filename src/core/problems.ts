// The one shape of "something is wrong, and how to fix it" for every check, and how it is printed.
import { plural } from './text.ts';

/** Line and column in a file, both from 1. */
export type Position = { line: number; column: number };

/** One thing wrong with the data, worded for the maintainer who has to fix it. */
export interface Problem {
  /** As the user would type it, e.g. `partners/acme.yaml`; absent until the caller places it. */
  file?: string;
  position?: Position;
  severity: 'error' | 'warning';
  /** Field path such as `contact.email` or `case_studies[0].url`. */
  field?: string;
  /** What is wrong, e.g. `must be an absolute https URL (got "ftp://a.example/")`. */
  message: string;
  hint?: string;
  /** The field is absent: set from the zod issue, so nobody parses the message's wording. */
  missing?: boolean;
}

/** What a check found, or the problem that stopped it: `if (!checked.ok) report(checked.problem)`. */
export type Checked<T extends object> = ({ ok: true } & T) | { ok: false; problem: Problem };

/** Raised where returning is awkward (deep inside an image pipeline): carries the problem to report. */
export class ProblemError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(describeProblem(problem));
    this.name = 'ProblemError';
    this.problem = problem;
  }
}

/** `field: message; hint`. */
export function describeProblem(problem: Problem): string {
  const what = problem.field ? `${problem.field}: ${problem.message}` : problem.message;
  return problem.hint ? `${what}; ${problem.hint}` : what;
}

/** `file:line:col severity field: message; hint`, as the validator and build print it. */
export function formatProblem(problem: Problem): string {
  const where = problem.position
    ? `${problem.file}:${problem.position.line}:${problem.position.column}`
    : problem.file;
  return `${where === undefined ? '' : `${where} `}${problem.severity} ${describeProblem(problem)}`;
}

/** A GitHub Actions workflow command, so the problem shows on the pull request's diff. */
export function formatAnnotation(problem: Problem): string {
  // GitHub's escapes are percent-encoding: %25, %0D, %0A, and %3A and %2C in properties.
  const escape = (text: string) => text.replace(/[%\r\n]/g, encodeURIComponent);
  const escapeProperty = (text: string) => text.replace(/[%\r\n:,]/g, encodeURIComponent);
  const properties = problem.file === undefined ? [] : [`file=${escapeProperty(problem.file)}`];
  if (problem.position)
    properties.push(`line=${problem.position.line}`, `col=${problem.position.column}`);
  const where = properties.length > 0 ? ` ${properties.join(',')}` : '';
  return `::${problem.severity}${where}::${escape(describeProblem(problem))}`;
}

/** "4 records checked: 1 error, 0 warnings". */
export function summarize(problems: Problem[], fileCount: number, noun = 'record'): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${plural(fileCount, noun)} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

export const hasErrors = (problems: Problem[]) =>
  problems.some((problem) => problem.severity === 'error');

/** Each item whose key an earlier item had, with that first one: the first of each kind wins. */
export function repeats<T>(items: readonly T[], key: (item: T) => unknown): [T, T][] {
  const firsts = new Map<unknown, T>();
  return items.flatMap((item): [T, T][] => {
    const value = key(item);
    const first = firsts.get(value);
    if (value !== undefined && !first) firsts.set(value, item);
    return value !== undefined && first ? [[item, first]] : [];
  });
}

/** Sorted by file, then line, so output is stable and reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '', 'en') ||
      (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
      (a.position?.column ?? 0) - (b.position?.column ?? 0),
  );
}
