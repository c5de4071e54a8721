// Usage: npm run validate [-- DIR]. Exit 1 on any error; warnings alone pass.
import { exitCodeFor, printProblems, readCommandLine } from './cli.ts';
import { loadPartners } from '../src/data/load-partners.ts';
import { checkLogos } from '../src/logos/process-logos.ts';
import { sortProblems, summarize } from '../src/core/problems.ts';
import { partnersDir } from '../src/data/partners-dir.ts';
import { loadPrograms, summarizePrograms } from '../src/programs/load-programs.ts';
import { programsDir } from '../src/programs/programs-dir.ts';
import { projectConfig } from './project-config.ts';

const USAGE =
  'usage: npm run validate [-- DIR]   (DIR: the folder of partner records; default partners/, or PARTNERS_DIR; the program pages: content/programs/, or PROGRAMS_DIR)';
const [dir = partnersDir()] = readCommandLine(USAGE, {}, { positionals: 1 }).positionals;
const config = projectConfig();

// The program pages (PROGRAMS_DIR, or the project's content/programs/), checked as the build checks them.
const programs = await loadPrograms(programsDir(), config);
printProblems(programs.problems, summarizePrograms(programs));

const loaded = await loadPartners(dir, config);
const problems = sortProblems([...loaded.problems, ...(await checkLogos(loaded.records))]);
printProblems(problems, summarize(problems, loaded.recordFileCount));
process.exitCode = exitCodeFor(problems, programs.problems);
