// Usage: npm run validate [-- DIR]. Exit 1 on any error; warnings alone pass.
import { loadPartners } from '../src/data/load-partners.ts';
import { checkLogos } from '../src/logos/process-logos.ts';
import {
  formatAnnotation,
  formatProblem,
  hasErrors,
  sortProblems,
  summarize,
  type Problem,
} from '../src/core/problems.ts';
import { partnersDir } from '../src/data/partners-dir.ts';
import { loadPrograms, summarizePrograms } from '../src/programs/load-programs.ts';
import { programsDir } from '../src/programs/programs-dir.ts';
import { projectConfig } from './project-config.ts';

const USAGE =
  'usage: npm run validate [-- DIR]   (DIR: the folder of partner records; default partners/, or PARTNERS_DIR; the program pages: content/programs/, or PROGRAMS_DIR)';
const [argument, ...extra] = process.argv.slice(2);
if (argument === '--help' || argument === '-h') {
  console.log(USAGE);
  process.exit(0);
}
if (argument?.startsWith('-') || extra.length > 0) {
  console.error(
    `unexpected ${argument?.startsWith('-') ? `option ${argument}` : `argument ${extra[0]}`}\n${USAGE}`,
  );
  process.exit(2);
}
const config = projectConfig();
const inActions = process.env.GITHUB_ACTIONS === 'true';
const print = (problems: Problem[]) => {
  for (const problem of problems) {
    console.log(formatProblem(problem));
    if (inActions) console.log(formatAnnotation(problem));
  }
};

// The program pages (PROGRAMS_DIR, or the project's content/programs/), checked as the build checks them.
const programs = await loadPrograms(programsDir(), config);
print(programs.problems);
console.log(summarizePrograms(programs));

const dir = argument ?? partnersDir();
const loaded = await loadPartners(dir, config);
const problems = sortProblems([...loaded.problems, ...(await checkLogos(loaded.records))]);
print(problems);
console.log(summarize(problems, loaded.recordFileCount));
process.exitCode = hasErrors(problems) || hasErrors(programs.problems) ? 1 : 0;
