import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { SiteConfig } from '../config/site-config.ts';
import { formatProblem, hasErrors, summarize, type Problem } from '../core/problems.ts';
import { plural } from '../core/text.ts';
import { buildDirectory, type Directory } from '../data/directory.ts';
import { partnersDir } from '../data/partners-dir.ts';
import { loadPrograms, summarizePrograms } from '../programs/load-programs.ts';
import { programsDir } from '../programs/programs-dir.ts';
import type { PartnerEntry } from './partners-collection.ts';

/** A collection's folder, its check (the one `npm run validate` runs) and what goes in the store. */
interface CheckedFolder<Checked extends { problems: Problem[] }> {
  name: string;
  folder: (root: string) => string;
  check: (dir: string) => Promise<Checked>;
  /** What was wrong and what happens now: under `astro dev` (watching), or as the build stops. */
  failed: (checked: Checked, watching: boolean) => string;
  fill: (checked: Checked, context: LoaderContext) => Promise<void> | void;
}

// Our own checks fill the store, since Astro's (`parseData`) reports no line numbers. An error
// stops the build without a stack trace; under `astro dev` the store keeps the last valid content.
function checkedLoader<Checked extends { problems: Problem[] }>(spec: CheckedFolder<Checked>) {
  return {
    name: spec.name,
    load: async (context) => {
      const { logger, watcher } = context;
      const dir = spec.folder(fileURLToPath(context.config.root));
      const sync = async () => {
        const checked = await spec.check(dir);
        for (const problem of checked.problems)
          logger[problem.severity === 'error' ? 'error' : 'warn'](formatProblem(problem));
        if (!hasErrors(checked.problems)) return spec.fill(checked, context);
        if (!watcher) throw new AstroError(spec.failed(checked, false));
        logger.error(spec.failed(checked, true));
      };
      await sync();
      if (!watcher) return;
      watcher.add(dir);
      watcher.on('all', async (_event, file) => {
        if (path.relative(dir, file).startsWith('..')) return;
        // A bug of ours, reported with its stack, without taking the dev server down.
        await sync().catch((error: unknown) =>
          logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error)),
        );
      });
    },
  } satisfies Loader;
}

/** One build's figures for `npm run bench`; `directoryReadyMs` is since the process started. */
export type BuildStats = Directory['stats'] & { published: number; directoryReadyMs: number };

/** Each published organization of the records folder, with where its logo files lie. */
export const partnersLoader = (config: SiteConfig) =>
  checkedLoader({
    name: 'partners-directory',
    folder: partnersDir,
    check: async (dir) => {
      const directory = await buildDirectory(dir, config);
      // As a JSON line to BUILD_STATS_FILE, so the benchmark needs no log parsing.
      const file = process.env.BUILD_STATS_FILE;
      const figures = { published: directory.partners.length, directoryReadyMs: performance.now() };
      const stats: BuildStats = { ...directory.stats, ...figures };
      if (file) await appendFile(file, `${JSON.stringify(stats)}\n`);
      return directory;
    },
    failed: (directory, watching) =>
      `${summarize(directory.problems, directory.stats.records)}. ${
        watching
          ? 'The pages show the last valid directory until the records are fixed.'
          : 'Nothing was built: fix the records above (npm run validate checks them).'
      }`,
    fill: (directory, { store, logger }) => {
      store.clear();
      directory.partners.forEach((partner, order) => {
        const logoFiles = directory.logosByPartner.get(partner.id) ?? [];
        const data: PartnerEntry = { order, partner, logoFiles };
        store.set({ id: partner.id, data });
      });
      const { logosEncoded, logosCached } = directory.stats;
      logger.info(
        `${plural(directory.partners.length, 'organization')} published; logos: ${logosEncoded} encoded, ${logosCached} from cache`,
      );
    },
  });

/** The program pages, as `<locale>/<slug>` entries rendered with Astro's Markdown pipeline. */
export const programsLoader = (config: SiteConfig) =>
  checkedLoader({
    name: 'program-pages',
    folder: programsDir,
    check: (dir) => loadPrograms(dir, config),
    failed: (loaded, watching) =>
      watching
        ? `${summarizePrograms(loaded)}; showing the last valid version.`
        : `${summarizePrograms(loaded)}. Nothing was built: fix the program pages above (npm run validate checks them).`,
    fill: async (loaded, { store, renderMarkdown }) => {
      const entries = await Promise.all(
        loaded.pages.map(async (page) => ({
          id: `${page.locale}/${page.slug}`,
          data: { ...page.data, locale: page.locale, slug: page.slug },
          body: page.body,
          filePath: page.file,
          rendered: await renderMarkdown(page.body, { fileURL: pathToFileURL(page.path) }),
        })),
      );
      store.clear();
      for (const entry of entries) store.set(entry);
    },
  });
