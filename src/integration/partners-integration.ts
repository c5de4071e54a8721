import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { buildDirectory, type Directory } from '../data/directory.ts';
import { partnersDir } from '../data/partners-dir.ts';
import { formatProblem, summarize } from '../data/problems.ts';
import { LOGO_URL_PREFIX } from '../data/publish.ts';
import { OG_IMAGE, renderOgImage } from '../social/og-image.ts';
import { pageText } from '../i18n/page-text.ts';
import { DEFAULT_LOCALE, PROGRAM_IDS } from '../schema/vocabulary.ts';
import { recordBuildStats } from './build-stats.ts';

const VIRTUAL_ID = 'virtual:partners-directory';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Checks the records before Astro renders anything, so an invalid record stops the build
 * with the validator's messages and no output; then hands the published records to the
 * pages as `virtual:partners-directory` and writes the normalized logos beside the pages.
 */
export function partnersIntegration(): AstroIntegration {
  let directory: Directory;
  return {
    name: 'partners-directory',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig, logger }) => {
        const dir = partnersDir(fileURLToPath(config.root));
        const logProblems = (problems: Directory['problems']) => {
          for (const problem of problems)
            (problem.severity === 'error' ? logger.error : logger.warn).call(
              logger,
              formatProblem(problem),
            );
        };
        directory = await buildDirectory(dir);
        await recordBuildStats(directory);
        logProblems(directory.problems);
        if (!directory.ok) {
          logger.error(
            `${summarize(directory.problems, directory.stats.records)}. Nothing was built: fix the records above (npm run validate checks them).`,
          );
          // A user's mistake, not a crash: no stack trace, and nothing written.
          process.exit(1);
        }
        logger.info(
          `${directory.partners.length} organization${directory.partners.length === 1 ? '' : 's'} published; logos: ${directory.stats.logosEncoded} encoded, ${directory.stats.logosCached} from cache`,
        );
        const reload = async () => {
          const next = await buildDirectory(dir);
          logProblems(next.problems);
          // While a record is being edited the dev server keeps showing the last valid directory.
          if (next.ok) directory = next;
          return next.ok;
        };
        updateConfig({ vite: { plugins: [directoryPlugin(() => directory, dir, reload)] } });
      },
      'astro:build:done': async ({ dir }) => {
        const logoDir = path.join(fileURLToPath(dir), LOGO_URL_PREFIX);
        await mkdir(logoDir, { recursive: true });
        await Promise.all(
          directory.logoFiles.map((image) =>
            writeFile(path.join(logoDir, image.name), image.bytes),
          ),
        );
        await writeFile(path.join(fileURLToPath(dir), OG_IMAGE.path), await ogImageFor(directory));
      },
    },
  };
}

async function ogImageFor(directory: Directory): Promise<Buffer> {
  const members = (program: string) =>
    directory.partners.filter((partner) => partner.programs.includes(program));
  // The logos of the first tab's members, the program visitors see first.
  const logoNames = new Set(
    members(PROGRAM_IDS[0]).flatMap((partner) =>
      partner.logo ? [partner.logo.src.slice(LOGO_URL_PREFIX.length)] : [],
    ),
  );
  const logos = directory.logoFiles.filter((image) => logoNames.has(image.name));
  const t = pageText(DEFAULT_LOCALE);
  return renderOgImage(
    t.pageTitle,
    PROGRAM_IDS.map((program) => t.programCount(members(program).length, t.programs[program])).join(
      ' · ',
    ),
    logos,
  );
}

function directoryPlugin(
  current: () => Directory,
  partnersDirectory: string,
  reload: () => Promise<boolean>,
): Plugin {
  return {
    name: 'partners-directory-data',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load: (id) =>
      id === RESOLVED_ID
        ? `export const partners = ${JSON.stringify(current().partners)};`
        : undefined,
    configureServer(server) {
      server.middlewares.use(LOGO_URL_PREFIX, (request, response, next) => {
        const image = current().logoFiles.find((file) => `/${file.name}` === request.url);
        if (!image) return next();
        response.setHeader('Content-Type', image.type);
        response.end(image.bytes);
      });
      // `npm run dev` follows edits to the records and logos, so a maintainer sees a change at once.
      server.watcher.add(partnersDirectory);
      server.watcher.on('all', async (_event, file) => {
        if (path.relative(partnersDirectory, file).startsWith('..') || !(await reload())) return;
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
