// Usage: npm run validate [-- DIR]. Exit 1 on any error; warnings alone pass.
import { loadPartners } from '../src/data/load-partners.ts';
import { checkLogos } from '../src/logos/process-logos.ts';
import { formatAnnotation, formatProblem, hasErrors, sortProblems, summarize } from '../src/data/problems.ts';
import { partnersDir } from '../src/data/partners-dir.ts';

const dir = process.argv[2] ?? partnersDir();
const loaded = await loadPartners(dir);
const problems = sortProblems([...loaded.problems, ...(await checkLogos(loaded.records))]);
const inActions = process.env.GITHUB_ACTIONS === 'true';
for (const problem of problems) {
  console.log(formatProblem(problem));
  if (inActions) console.log(formatAnnotation(problem));
}
console.log(summarize(problems, loaded.recordFileCount));
process.exitCode = hasErrors(problems) ? 1 : 0;
