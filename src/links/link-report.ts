import type { Problem } from '../core/problems.ts';

/** Where the report links to, from the GitHub Actions run that wrote it (all optional). */
export interface ReportContext {
  /** e.g. https://github.com/owner/repository */
  repositoryUrl?: string;
  /** The commit the records were read at, so line links stay right after later edits. */
  commit?: string;
  runUrl?: string;
}

/** Marks the issue as this report's, for people reading the source of the issue body. */
export const REPORT_MARKER =
  '<!-- link-health report: written by `npm run check-links -- --markdown` -->';

/** The weekly issue's body: broken links first, warnings folded away under them. */
export function renderLinkReport(
  problems: Problem[],
  linkCount: number,
  context: ReportContext = {},
): string {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  const lines = [REPORT_MARKER, ''];
  lines.push(
    errors.length === 0
      ? `Every one of the ${linkCount} published links works.`
      : `${count(errors.length, 'published link')} of ${linkCount} ${errors.length === 1 ? 'is' : 'are'} broken. Fix or remove each in its record (the first column links to the line):`,
    '',
  );
  if (errors.length > 0) lines.push(...table(errors, context), '');
  if (warnings.length > 0) {
    lines.push(
      '<details>',
      `<summary>${count(warnings.length, 'warning')}: permanent redirects to update, and sites that refuse robots (check those in a browser)</summary>`,
      '',
      ...table(warnings, context),
      '',
      '</details>',
      '',
    );
  }
  const run = context.runUrl ? ` ([this run](${context.runUrl}))` : '';
  lines.push(
    `Checked by the weekly link check${run}, which updates this issue and closes it once no link is broken. Run it yourself with \`npm run check-links\`.`,
  );
  return lines.join('\n') + '\n';
}

function table(problems: Problem[], context: ReportContext): string[] {
  return [
    '| record | field | problem | what to do |',
    '|---|---|---|---|',
    ...problems.map((problem) => {
      const where = `${problem.file}:${problem.position?.line ?? 1}`;
      const link =
        context.repositoryUrl && context.commit
          ? `[${where}](${context.repositoryUrl}/blob/${context.commit}/${problem.file}#L${problem.position?.line ?? 1})`
          : `\`${where}\``;
      return `| ${link} | \`${problem.field ?? ''}\` | ${cell(problem.message)} | ${cell(problem.hint ?? '')} |`;
    }),
  ];
}

// A table cell is one line, and a pipe would end it early.
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
