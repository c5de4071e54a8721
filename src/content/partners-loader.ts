import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import type { SiteConfig } from '../config/site-config.ts';
import { formatProblem, summarize } from '../core/problems.ts';
import { plural } from '../core/text.ts';
import { buildDirectory, type Directory } from '../data/directory.ts';
import { partnersDir } from '../data/partners-dir.ts';
import { recordBuildStats } from './build-stats.ts';
import type { PartnerEntry } from './partners-collection.ts';

/**
 * The partners collection: runs our own validator over the records folder (PARTNERS_DIR) and
 * puts each published organization, with where its normalized logo files lie, in the store.
 *
 * Astro's own schema check (`parseData`) would report without line numbers, so records are
 * checked by `buildDirectory` and its file:line:col messages go through Astro's logger. An
 * invalid record stops the build before anything is rendered or written (a user's mistake,
 * thrown as an AstroUserError: no stack trace). Under `astro dev` the loader follows the
 * folder, and a record that turns invalid while being edited leaves the store, and so the
 * pages, as they last were valid.
 */
export function partnersLoader(config: SiteConfig): Loader {
  return {
    name: 'partners-directory',
    load: async ({ store, logger, watcher, config: astro }: LoaderContext) => {
      const dir = partnersDir(fileURLToPath(astro.root));
      const check = async () => {
        const directory = await buildDirectory(dir, config);
        for (const problem of directory.problems)
          (problem.severity === 'error' ? logger.error : logger.warn).call(
            logger,
            formatProblem(problem),
          );
        return directory;
      };
      const fill = (directory: Directory) => {
        store.clear();
        directory.partners.forEach((partner, order) => {
          const logoFiles = directory.logosByPartner.get(partner.id) ?? [];
          const data: PartnerEntry = { order, partner, logoFiles };
          store.set({ id: partner.id, data });
        });
      };

      const directory = await check();
      await recordBuildStats(directory);
      if (!directory.ok) {
        const summary = summarize(directory.problems, directory.stats.records);
        // Under `astro dev` the server stays up and shows the last valid directory.
        if (watcher)
          logger.error(
            `${summary}. The pages show the last valid directory until the records are fixed.`,
          );
        else
          throw new AstroError(
            `${summary}. Nothing was built: fix the records above (npm run validate checks them).`,
          );
      } else {
        fill(directory);
        const { logosEncoded, logosCached } = directory.stats;
        logger.info(
          `${plural(directory.partners.length, 'organization')} published; logos: ${logosEncoded} encoded, ${logosCached} from cache`,
        );
      }

      // `npm run dev` follows edits to the records and logos, so a maintainer sees a change at once.
      if (!watcher) return;
      watcher.add(dir);
      watcher.on('all', async (_event, file) => {
        if (path.relative(dir, file).startsWith('..')) return;
        try {
          const next = await check();
          // While a record is being edited the dev server keeps showing the last valid directory.
          if (next.ok) fill(next);
        } catch (error) {
          // A bug of ours, reported with its stack, without taking the dev server down.
          logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
        }
      });
    },
  };
}
