import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { SiteConfig } from '../config/site-config.ts';
import { checkAgainst, readFolder, readSmallFile } from '../core/checked-files.ts';
import { shownPath } from '../core/text.ts';
import { sortProblems, summarize, type Problem } from '../core/problems.ts';
import { parseYaml, type Position } from '../core/yaml.ts';
import { createProgramFrontMatterSchema, type ProgramFrontMatter } from '../schema/program.ts';
import { RECORD_ID_PATTERN } from '../schema/record.ts';

/** One program page as written: `<dir>/<locale>/<slug>.md`, front matter checked, body untouched. */
export interface ProgramSource {
  locale: string;
  /** The file name without `.md`: the page's URL segment, the same in every language. */
  slug: string;
  /** The file as shown to users, e.g. `content/programs/en/community-partner.md`. */
  file: string;
  path: string;
  data: ProgramFrontMatter;
  /** The Markdown after the front matter. */
  body: string;
}

export interface ProgramsLoad {
  pages: ProgramSource[];
  problems: Problem[];
  fileCount: number;
}

// The longest program document is under 10 KB; anything near 256 KB is a wrong file.
const PROGRAM_PAGE = { noun: 'program page', plural: 'program pages', maxBytes: 256 * 1024 };
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads the program pages (one folder per language, one Markdown file per program) and
 * reports every problem in every file, as `loadPartners` does for records.
 */
export async function loadPrograms(
  programsDir: string,
  config: SiteConfig,
  displayRoot = process.cwd(),
): Promise<ProgramsLoad> {
  const { localeCodes: LOCALES, programIds: PROGRAM_IDS } = config;
  const schema = createProgramFrontMatterSchema(config);
  const dir = path.resolve(programsDir);
  const show = (file: string) => shownPath(file, displayRoot);
  const problems: Problem[] = [];
  const pages: ProgramSource[] = [];
  let fileCount = 0;

  const folder = await readFolder(
    dir,
    show(dir),
    `pass the folder that holds the program pages, with one folder per language (${LOCALES.join(', ')})`,
  );
  if (!folder.ok) return { pages, fileCount, problems: [folder.problem] };
  for (const entry of folder.entries.filter((name) => !LOCALES.includes(name))) {
    problems.push({
      file: show(path.join(dir, entry)),
      severity: 'error',
      message: 'is not the folder of a language of the site',
      hint: `program pages go in ${LOCALES.map((locale) => `${locale}/`).join(' or ')}`,
    });
  }

  for (const locale of LOCALES) {
    const localeDir = path.join(dir, locale);
    const names = await readdir(localeDir).catch(() => undefined);
    if (!names) {
      problems.push({
        file: show(localeDir),
        severity: 'error',
        message: 'is missing',
        hint: `add a ${locale}/ folder with one Markdown file per program`,
      });
      continue;
    }
    const localePages: ProgramSource[] = [];
    let broken = 0;
    for (const name of names.sort()) {
      const file = path.join(localeDir, name);
      fileCount++;
      const page = await loadProgramFile(file, show(file), locale, problems, schema);
      if (page) localePages.push(page);
      else broken++;
    }
    // One page per program and language: the tab links to exactly one.
    for (const program of PROGRAM_IDS) {
      const [first, ...repeats] = localePages.filter((page) => page.data.program === program);
      for (const other of repeats) {
        problems.push({
          file: other.file,
          severity: 'error',
          field: 'program',
          message: `repeats "${program}", which ${path.basename(first.file)} already describes`,
          hint: 'keep one page per program and language',
        });
      }
      // A broken file is probably that page: its own errors say what to fix.
      if (!first && broken === 0) {
        problems.push({
          file: show(localeDir),
          severity: 'error',
          message: `has no page for the program "${program}"`,
          hint: `add a Markdown file whose front matter says "program: ${program}"`,
        });
      }
    }
    // Only the first page of a program counts, so a repeat is reported once.
    pages.push(
      ...localePages.filter(
        (page) => localePages.find((one) => one.data.program === page.data.program) === page,
      ),
    );
  }

  // A program keeps one URL segment in every language, so the language switch finds its page.
  for (const program of PROGRAM_IDS) {
    const [reference, ...translations] = pages.filter((page) => page.data.program === program);
    for (const other of translations) {
      if (other.slug === reference.slug) continue;
      problems.push({
        file: other.file,
        severity: 'error',
        message: `describes "${program}" under another name than ${reference.file}`,
        hint: `rename it to ${reference.slug}.md: both languages share the page's URL`,
      });
    }
  }
  return { pages, problems: sortProblems(problems), fileCount };
}

async function loadProgramFile(
  file: string,
  shownFile: string,
  locale: string,
  problems: Problem[],
  schema: ReturnType<typeof createProgramFrontMatterSchema>,
): Promise<ProgramSource | undefined> {
  const report = (problem: Omit<Problem, 'file'>) => {
    problems.push({ file: shownFile, ...problem });
    return undefined;
  };
  const extension = path.extname(file);
  const slug = path.basename(file, extension);
  if (extension !== '.md')
    return report({
      severity: 'error',
      message: 'is not a Markdown file',
      hint: 'program pages are <name>.md files; move anything else out of this folder',
    });
  if (!RECORD_ID_PATTERN.test(slug))
    return report({
      severity: 'error',
      message: `"${slug}" cannot be a page name`,
      hint: 'name the file in lowercase letters, digits and single hyphens: it becomes the URL',
    });
  const read = await readSmallFile(file, PROGRAM_PAGE);
  if (!read.ok) return report(read.problem);
  let source: string;
  try {
    source = utf8.decode(read.bytes).replace(/^\uFEFF/, '');
  } catch {
    return report({ severity: 'error', message: 'is not valid UTF-8', hint: 'save it as UTF-8' });
  }
  const split = splitFrontMatter(source);
  if ('problem' in split) return report({ severity: 'error', ...split.problem });

  const parsed = parseYaml(split.yaml, shownFile);
  // The YAML starts on the line after the opening "---".
  const inFile = (position: Position | undefined) =>
    position && { line: position.line + 1, column: position.column };
  if (!parsed.ok)
    return report({
      ...parsed.problem,
      position: inFile(parsed.problem.position),
      message: `front matter ${parsed.problem.message}`,
    });
  const result = checkAgainst(schema, parsed.value, shownFile, (fieldPath, at) =>
    inFile(parsed.locate(fieldPath, at)),
  );
  if (!result.ok) return void problems.push(...result.problems);
  if (split.body.trim() === '')
    return report({
      severity: 'error',
      position: { line: split.bodyLine, column: 1 },
      message: 'has no text after its front matter',
      hint: 'write the program in Markdown below the closing "---"',
    });
  return { locale, slug, file: shownFile, path: file, data: result.data, body: split.body };
}

type Split =
  | { yaml: string; body: string; bodyLine: number }
  | { problem: { message: string; hint: string; position?: Position } };

/** Front matter as Markdown tools write it: a "---" line, YAML, a "---" line, then the body. */
function splitFrontMatter(source: string): Split {
  const lines = source.split('\n');
  const isFence = (line: string) => /^---[ \t]*\r?$/.test(line);
  if (!isFence(lines[0]))
    return {
      problem: {
        message: 'does not start with front matter',
        hint: 'begin the file with a "---" line, the fields (program, title, description, summary, apply) and another "---" line',
        position: { line: 1, column: 1 },
      },
    };
  const close = lines.findIndex((line, index) => index > 0 && isFence(line));
  if (close === -1)
    return {
      problem: {
        message: 'front matter is not closed',
        hint: 'end the fields with a "---" line before the Markdown text',
        position: { line: 1, column: 1 },
      },
    };
  const yaml = lines.slice(1, close).join('\n');
  if (!/^[ \t]*[^\s#]/m.test(yaml))
    return {
      problem: {
        message: 'front matter is empty',
        hint: 'write the fields program, title, description, summary and apply between the "---" lines',
        position: { line: 2, column: 1 },
      },
    };
  return { yaml, body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
}

/** "4 program pages checked: 1 error, 0 warnings". */
export const summarizePrograms = (load: ProgramsLoad) =>
  summarize(load.problems, load.fileCount, 'program page');
