import type { Problem } from '../core/problems.ts';
import { plural } from '../core/text.ts';
import type { LinkProblem } from './link-problems.ts';

/** Where the report links to, from the GitHub Actions run that wrote it (all optional). */
export interface ReportContext {
  /** e.g. https://github.com/owner/repository */
  repositoryUrl?: string;
  /** The commit the records were read at, so line links stay right after later edits. */
  commit?: string;
  runUrl?: string;
}

/** Marks the issue as this report's, for people reading the source of the issue body. */
const REPORT_MARKER = '<!-- link-health report: written by `npm run check-links -- --markdown` -->';

type ReportedProblem = Problem & Pick<LinkProblem, 'remote'>;

/** The weekly issue's body: broken links first, warnings folded away under them. */
export function renderLinkReport(
  problems: ReportedProblem[],
  linkCount: number,
  context: ReportContext = {},
): string {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  const run = context.runUrl ? ` ([this run](${context.runUrl}))` : '';
  return [
    REPORT_MARKER,
    '',
    errors.length === 0
      ? `Every one of the ${linkCount} published links works.`
      : `${plural(errors.length, 'published link')} of ${linkCount} ${errors.length === 1 ? 'is' : 'are'} broken. Fix or remove each in its record (the first column links to the line):`,
    '',
    ...(errors.length > 0 ? [...table(errors, context), ''] : []),
    ...(warnings.length > 0
      ? [
          '<details>',
          `<summary>${plural(warnings.length, 'warning')}: permanent redirects to update, and sites that refuse robots (check those in a browser)</summary>`,
          '',
          ...table(warnings, context),
          '',
          '</details>',
          '',
        ]
      : []),
    `Checked by the weekly link check${run}, which updates this issue and closes it once no link is broken. Run it yourself with \`npm run check-links\`.\n`,
  ].join('\n');
}

function table(problems: ReportedProblem[], { repositoryUrl, commit }: ReportContext): string[] {
  return [
    '| record | field | problem | what to do |',
    '|---|---|---|---|',
    ...problems.map(({ file, position, field = '', message, hint = '', remote }) => {
      const line = position?.line ?? 1;
      const link =
        repositoryUrl && commit
          ? `[${file}:${line}](${repositoryUrl}/blob/${commit}/${file}#L${line})`
          : `\`${file}:${line}\``;
      return `| ${link} | \`${field}\` | ${cell(message, remote)} | ${cell(hint, remote)} |`;
    }),
  ];
}

// One line, no bare pipe; what a remote server sent is a code span, never Markdown or HTML.
function cell(text: string, remote: string[] = []): string {
  const quoted = remote
    .toSorted((a, b) => b.length - a.length)
    .map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  const spans = quoted ? text.replace(new RegExp(quoted, 'g'), codeSpan) : text;
  return spans.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** `text` on one line as a code span that its own backticks cannot end. */
function codeSpan(text: string): string {
  const flat = text.replace(/\p{Cc}+/gu, ' ');
  const fence = '`'.repeat(Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  // CommonMark strips one space from each end when both are spaces: pad when needed.
  const pad = /^`|`$|^ .* $/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
