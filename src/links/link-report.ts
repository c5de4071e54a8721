import type { Problem } from '../core/problems.ts';
import type { LinkProblem, Span } from './link-problems.ts';

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

function table(
  problems: (Problem & Pick<LinkProblem, 'remote'>)[],
  context: ReportContext,
): string[] {
  return [
    '| record | field | problem | what to do |',
    '|---|---|---|---|',
    ...problems.map((problem) => {
      const where = `${problem.file}:${problem.position?.line ?? 1}`;
      const link =
        context.repositoryUrl && context.commit
          ? `[${where}](${context.repositoryUrl}/blob/${context.commit}/${problem.file}#L${problem.position?.line ?? 1})`
          : `\`${where}\``;
      const { message = [], hint = [] } = problem.remote ?? {};
      return `| ${link} | \`${problem.field ?? ''}\` | ${cell(problem.message, message)} | ${cell(problem.hint ?? '', hint)} |`;
    }),
  ];
}

/**
 * A table cell is one line, and a pipe would end it early. What a remote server sent (`remote`)
 * becomes a code span, so no Markdown or HTML in it is rendered.
 */
function cell(text: string, remote: Span[] = []): string {
  let spans = '';
  let at = 0;
  for (const [start, end] of remote) {
    spans += text.slice(at, start) + codeSpan(text.slice(start, end));
    at = end;
  }
  spans += text.slice(at);
  return spans.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** `text` on one line as a code span that its own backticks cannot end. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\p{Cc}+/gu, ' ');
  const fence = '`'.repeat(Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  // CommonMark strips one space from each end when both are spaces: pad when needed.
  const pad = /^`|`$|^ .* $/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
