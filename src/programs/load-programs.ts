import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { SiteConfig } from '../config/site-config.ts';
import { checkAgainst, readFolder, readSmallFile } from '../core/checked-files.ts';
import { shownPath } from '../core/text.ts';
import { repeats, sortProblems, summarize, type Problem } from '../core/problems.ts';
import { parseYaml, type Position } from '../core/yaml.ts';
import { createProgramFrontMatterSchema } from '../schema/program.ts';
import { RECORD_ID_PATTERN } from '../schema/record.ts';

/** One program page, `<dir>/<locale>/<slug>.md`: its front matter checked, its body untouched. */
type ProgramSource = NonNullable<Awaited<ReturnType<typeof loadProgramFile>>>;

// The longest program document is under 10 KB; anything near 256 KB is a wrong file.
const PROGRAM_PAGE = { noun: 'program page', plural: 'program pages', maxBytes: 256 * 1024 };
// Drops a byte order mark, so the front matter's "---" comes first.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The program pages (a folder per language, a file per program), and every problem in every file. */
export async function loadPrograms(
  programsDir: string,
  config: SiteConfig,
  displayRoot = process.cwd(),
) {
  const { localeCodes, programIds } = config;
  const schema = createProgramFrontMatterSchema(config);
  const dir = path.resolve(programsDir);
  const show = (file: string) => shownPath(file, displayRoot);
  const folder = await readFolder(
    dir,
    show(dir),
    `pass the folder that holds the program pages, with one folder per language (${localeCodes.join(', ')})`,
  );
  if (!folder.ok) return { pages: [], fileCount: 0, problems: [folder.problem] };
  const problems: Problem[] = [];
  const error = (file: string, message: string, hint: string, field?: string) =>
    problems.push({ file, severity: 'error', message, hint, ...(field && { field }) });
  for (const entry of folder.entries.filter((name) => !localeCodes.includes(name)))
    error(
      show(path.join(dir, entry)),
      'is not the folder of a language of the site',
      `program pages go in ${localeCodes.map((locale) => `${locale}/`).join(' or ')}`,
    );
  const pages: ProgramSource[] = [];
  let fileCount = 0;

  for (const locale of localeCodes) {
    const localeDir = path.join(dir, locale);
    const names = await readdir(localeDir).catch(() => undefined);
    if (!names) {
      error(
        show(localeDir),
        'is missing',
        `add a ${locale}/ folder with one Markdown file per program`,
      );
      continue;
    }
    fileCount += names.length;
    const localePages: ProgramSource[] = [];
    for (const name of names.sort()) {
      const file = path.join(localeDir, name);
      const page = await loadProgramFile(file, show(file), locale, schema, problems);
      if (page) localePages.push(page);
    }
    // One page per program and language: the tab links to exactly one.
    const repeated = repeats(localePages, (page) => page.data.program);
    for (const [page, first] of repeated)
      error(
        page.file,
        `repeats "${page.data.program}", which ${path.basename(first.file)} already describes`,
        'keep one page per program and language',
        'program',
      );
    pages.push(...localePages.filter((page) => !repeated.some(([repeat]) => repeat === page)));
    // A broken file is probably the missing page: its own errors say what to fix.
    if (localePages.length < names.length) continue;
    for (const program of programIds)
      if (!localePages.some((page) => page.data.program === program))
        error(
          show(localeDir),
          `has no page for the program "${program}"`,
          `add a Markdown file whose front matter says "program: ${program}"`,
        );
  }

  // A program keeps one URL segment in every language, so the language switch finds its page.
  for (const [page, reference] of repeats(pages, (page) => page.data.program))
    if (page.slug !== reference.slug)
      error(
        page.file,
        `describes "${page.data.program}" under another name than ${reference.file}`,
        `rename it to ${reference.slug}.md: both languages share the page's URL`,
      );
  return { pages, problems: sortProblems(problems), fileCount };
}

/** One page: its name, size and encoding, then its front matter (a "---" line, YAML, a "---" line) and its body. */
async function loadProgramFile(
  file: string,
  shownFile: string,
  locale: string,
  schema: ReturnType<typeof createProgramFrontMatterSchema>,
  problems: Problem[],
) {
  const refuse = (problem: Omit<Problem, 'severity'>) =>
    void problems.push({ file: shownFile, severity: 'error', ...problem });
  const extension = path.extname(file);
  const slug = path.basename(file, extension);
  if (extension !== '.md')
    return refuse({
      message: 'is not a Markdown file',
      hint: 'program pages are <name>.md files; move anything else out of this folder',
    });
  if (!RECORD_ID_PATTERN.test(slug))
    return refuse({
      message: `"${slug}" cannot be a page name`,
      hint: 'name the file in lowercase letters, digits and single hyphens: it becomes the URL',
    });
  const read = await readSmallFile(file, PROGRAM_PAGE);
  if (!read.ok) return refuse(read.problem);
  let lines: string[];
  try {
    lines = utf8.decode(read.bytes).split('\n');
  } catch {
    return refuse({ message: 'is not valid UTF-8', hint: 'save it as UTF-8' });
  }

  const isFence = (line: string) => /^---[ \t]*\r?$/.test(line);
  const close = lines.findIndex((line, index) => index > 0 && isFence(line));
  const yaml = lines.slice(1, close).join('\n');
  if (!isFence(lines[0]))
    return refuse({
      message: 'does not start with front matter',
      hint: 'begin the file with a "---" line, the fields (program, title, description, summary, apply) and another "---" line',
      position: { line: 1, column: 1 },
    });
  if (close === -1)
    return refuse({
      message: 'front matter is not closed',
      hint: 'end the fields with a "---" line before the Markdown text',
      position: { line: 1, column: 1 },
    });
  if (!/^[ \t]*[^\s#]/m.test(yaml))
    return refuse({
      message: 'front matter is empty',
      hint: 'write the fields program, title, description, summary and apply between the "---" lines',
      position: { line: 2, column: 1 },
    });

  const parsed = parseYaml(yaml, shownFile);
  // The YAML starts on the line after the opening "---".
  const inFile = (position: Position | undefined) =>
    position && { line: position.line + 1, column: position.column };
  if (!parsed.ok)
    return refuse({
      ...parsed.problem,
      position: inFile(parsed.problem.position),
      message: `front matter ${parsed.problem.message}`,
    });
  const result = checkAgainst(schema, parsed.value, shownFile, (fieldPath, at) =>
    inFile(parsed.locate(fieldPath, at)),
  );
  if (!result.ok) return void problems.push(...result.problems);
  const body = lines.slice(close + 1).join('\n');
  if (body.trim() === '')
    return refuse({
      position: { line: close + 2, column: 1 },
      message: 'has no text after its front matter',
      hint: 'write the program in Markdown below the closing "---"',
    });
  // The slug is the page's URL segment, the same in every language.
  return { locale, slug, file: shownFile, path: file, data: result.data, body };
}

/** "4 program pages checked: 1 error, 0 warnings". */
export const summarizePrograms = (load: { problems: Problem[]; fileCount: number }) =>
  summarize(load.problems, load.fileCount, 'program page');
