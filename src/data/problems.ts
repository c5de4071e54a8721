import type { Position } from './yaml-source.ts';

export type Severity = 'error' | 'warning';

/** One thing wrong with the data, worded for the maintainer who has to fix it. */
export interface Problem {
  /** Path of the file as the user would type it, e.g. `partners/acme.yaml`. */
  file: string;
  position?: Position;
  severity: Severity;
  /** Field path such as `contact.email` or `case_studies[0].url`. */
  field?: string;
  message: string;
  /** What to do about it. */
  hint?: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.position
    ? `${problem.file}:${problem.position.line}:${problem.position.column}`
    : problem.file;
  const what = problem.field ? `${problem.field}: ${problem.message}` : problem.message;
  return `${where} ${problem.severity} ${what}${problem.hint ? `; ${problem.hint}` : ''}`;
}

/** A GitHub Actions workflow command, so the problem shows on the pull request's diff. */
export function formatAnnotation(problem: Problem): string {
  const escape = (text: string) =>
    text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (text: string) => escape(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const properties = [`file=${escapeProperty(problem.file)}`];
  if (problem.position)
    properties.push(`line=${problem.position.line}`, `col=${problem.position.column}`);
  const what = problem.field ? `${problem.field}: ${problem.message}` : problem.message;
  return `::${problem.severity} ${properties.join(',')}::${escape(what + (problem.hint ? `; ${problem.hint}` : ''))}`;
}

export function summarize(problems: Problem[], fileCount: number): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(fileCount, 'record')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

export const hasErrors = (problems: Problem[]) =>
  problems.some((problem) => problem.severity === 'error');

/** Sorted by file, then line, so output is stable and reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file, 'en') ||
      (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
      (a.position?.column ?? 0) - (b.position?.column ?? 0),
  );
}
