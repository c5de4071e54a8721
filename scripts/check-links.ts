// Usage: npm run check-links [-- DIR] [options]; --help lists them. Exit 1 on any broken link.
import { writeFile } from 'node:fs/promises';
import { loadPartners } from '../src/data/load-partners.ts';
import { partnersDir } from '../src/data/partners-dir.ts';
import { exitCodeFor, printProblems, readCommandLine } from './cli.ts';
import { sortProblems, summarize } from '../src/core/problems.ts';
import { checkLinks, PER_HOST_LIMIT, unreachableEverywhere } from '../src/links/check-links.ts';
import { CHECK_LINKS_OPTIONS, checkLinksOptions, USAGE } from '../src/links/check-links-options.ts';
import { linkProblem } from '../src/links/link-problems.ts';
import { renderLinkReport } from '../src/links/link-report.ts';
import { linkTargets } from '../src/links/link-targets.ts';
import { projectConfig } from './project-config.ts';

const options = readCommandLine(USAGE, CHECK_LINKS_OPTIONS, {
  positionals: 1,
  check: checkLinksOptions,
});

const siteConfig = projectConfig();
const loaded = await loadPartners(options.dir ?? partnersDir(), siteConfig);
// A record the validator refuses cannot be checked: say so rather than skip it silently.
const loadErrors = loaded.problems.filter((problem) => problem.severity === 'error');
const targets = linkTargets(loaded.records, siteConfig.site.url);
const urls = targets.map((target) => target.url);
const hostCount = new Set(urls.map((url) => new URL(url).hostname)).size;
console.error(
  `checking ${targets.length} links on ${hostCount} hosts (timeout ${options.timeoutSeconds} s, ` +
    `${options.retries} retries, ${options.concurrency} at once, ${PER_HOST_LIMIT} per host)`,
);
const outcomes = await checkLinks(urls, {
  concurrency: options.concurrency,
  perHost: PER_HOST_LIMIT,
  timeoutMs: options.timeoutSeconds * 1000,
  retries: options.retries,
  retryDelayMs: options.retryDelaySeconds * 1000,
  // Names who is asking, so a site's owner can tell what the requests are.
  userAgent: `Mozilla/5.0 (compatible; ${siteConfig.project.name} partner directory link check; +${siteConfig.site.url})`,
});
const linkProblems = targets.flatMap(
  (target) => linkProblem(target, outcomes.get(target.url)!) ?? [],
);
const problems = sortProblems([...loadErrors, ...linkProblems]);
const summary = summarize(problems, targets.length, 'link');

if (options.json) {
  const listed = problems.map(({ position, ...problem }) => ({
    ...problem,
    line: position?.line,
    column: position?.column,
  }));
  const report = { version: 1, links: targets.length, problems: listed, summary };
  console.log(JSON.stringify(report, null, 2));
} else printProblems(problems, summary);
if (unreachableEverywhere([...outcomes.values()]))
  console.error(
    'no link could be reached at all (every host failed to resolve or connect): is this machine offline?',
  );
if (options.markdown) {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_SHA } = process.env;
  const repositoryUrl =
    GITHUB_SERVER_URL && GITHUB_REPOSITORY && `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}`;
  const runUrl = repositoryUrl && GITHUB_RUN_ID && `${repositoryUrl}/actions/runs/${GITHUB_RUN_ID}`;
  const context = { repositoryUrl, commit: GITHUB_SHA, runUrl };
  await writeFile(options.markdown, renderLinkReport(problems, targets.length, context));
}
process.exitCode = exitCodeFor(problems);
