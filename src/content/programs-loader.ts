import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import type { SiteConfig } from '../config/site-config.ts';
import { formatProblem, hasErrors } from '../core/problems.ts';
import { loadPrograms, summarizePrograms } from '../programs/load-programs.ts';
import { programsDir } from '../programs/programs-dir.ts';

/**
 * The program pages as a content collection. Astro's own front matter check (`parseData`)
 * reports no line numbers, so the front matter goes through our positioned YAML reader and
 * schema instead, and a mistake stops the build with `file:line:col` like a broken record.
 * Entries are `<locale>/<slug>`, rendered with Astro's Markdown pipeline.
 */
export function programsLoader(config: SiteConfig): Loader {
  return {
    name: 'program-pages',
    load: async ({ config: astro, store, logger, renderMarkdown, watcher }) => {
      const dir = programsDir(fileURLToPath(astro.root));
      const sync = async () => {
        const loaded = await loadPrograms(dir, config);
        for (const problem of loaded.problems)
          (problem.severity === 'error' ? logger.error : logger.warn).call(
            logger,
            formatProblem(problem),
          );
        if (hasErrors(loaded.problems)) {
          const summary = summarizePrograms(loaded);
          // While a page is being edited the dev server keeps showing the last valid one.
          if (watcher) return logger.error(`${summary}; showing the last valid version.`);
          // A maintainer's mistake, not a crash: no stack trace, and nothing written.
          throw new AstroError(
            `${summary}. Nothing was built: fix the program pages above (npm run validate checks them).`,
          );
        }
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
      };
      await sync();
      // `npm run dev` follows edits to the program pages.
      watcher?.add(dir);
      watcher?.on('all', (_event, file) => {
        if (!path.relative(dir, file).startsWith('..')) void sync();
      });
    },
  };
}
