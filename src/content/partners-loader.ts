import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { buildDirectory, type Directory } from '../data/directory.ts';
import { partnersDir } from '../data/partners-dir.ts';
import { formatProblem, summarize } from '../data/problems.ts';
import { recordBuildStats } from './build-stats.ts';
import type { PartnerEntry } from './partners-collection.ts';

// Folders loaded before in this process, kept on globalThis because Vite may evaluate this
// module again when it reloads the content configuration.
const loadedBefore: Set<string> = ((
  globalThis as { __partnersLoaded?: Set<string> }
).__partnersLoaded ??= new Set());

/**
 * The partners collection: runs our own validator over the records folder (PARTNERS_DIR) and
 * puts each published organization, with its normalized logo files, in the store.
 *
 * Astro's own schema check (`parseData`) would report without line numbers, so records are
 * checked by `buildDirectory` and its file:line:col messages go through Astro's logger. An
 * invalid record ends the process before anything is rendered or written. Under `astro dev`
 * the loader follows the folder, and a record that turns invalid while being edited leaves the
 * store, and so the pages, as they last were valid.
 */
export function partnersLoader(): Loader {
  return {
    name: 'partners-directory',
    load: async ({ store, logger, watcher, config }: LoaderContext) => {
      const dir = partnersDir(fileURLToPath(config.root));
      const logProblems = (problems: Directory['problems']) => {
        for (const problem of problems)
          (problem.severity === 'error' ? logger.error : logger.warn).call(
            logger,
            formatProblem(problem),
          );
      };
      const fill = (directory: Directory) => {
        store.clear();
        directory.partners.forEach((partner, order) => {
          const data: PartnerEntry = {
            order,
            partner,
            // The store is serialized to disk between Astro's steps: bytes travel as base64.
            logoFiles: (directory.logosByPartner.get(partner.id) ?? []).map((image) => ({
              name: image.name,
              type: image.type,
              base64: image.bytes.toString('base64'),
            })),
          };
          store.set({ id: partner.id, data });
        });
      };

      // Astro may run load() again in the same process (under `astro dev`, when the content
      // configuration is reloaded): only the first run may end the process.
      // Under `astro dev` (a watcher is given) the process never ends for a record: Astro may
      // call load() again from a fresh module, so a flag of ours cannot tell the first call.
      const firstLoad = !watcher && !loadedBefore.has(dir);
      const directory = await buildDirectory(dir);
      await recordBuildStats(directory);
      logProblems(directory.problems);
      if (!directory.ok) {
        logger.error(
          `${summarize(directory.problems, directory.stats.records)}. ${firstLoad ? 'Nothing was built: fix the records above (npm run validate checks them).' : 'The pages show the last valid directory until the records are fixed.'}`,
        );
        // A user's mistake, not a crash: no stack trace, and nothing written.
        if (firstLoad) process.exit(1);
      } else {
        fill(directory);
        const count = directory.partners.length;
        logger.info(
          `${count} organization${count === 1 ? '' : 's'} published; logos: ${directory.stats.logosEncoded} encoded, ${directory.stats.logosCached} from cache`,
        );
      }
      loadedBefore.add(dir);

      // `npm run dev` follows edits to the records and logos, so a maintainer sees a change at once.
      if (!watcher) return;
      watcher.add(dir);
      watcher.on('all', async (_event, file) => {
        if (path.relative(dir, file).startsWith('..')) return;
        try {
          const next = await buildDirectory(dir);
          logProblems(next.problems);
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
