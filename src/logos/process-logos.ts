import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { ProblemError, type Position, type Problem } from '../core/problems.ts';
import type { LogoFormat } from './logo-limits.ts';

/** What the pipeline reads of a record: its id, file and logo file (data/load-partners.ts finds them). */
interface RecordWithLogo {
  id: string;
  file: string;
  record: { logo?: string };
  logo?: { path: string; format: LogoFormat; position: Position };
}
import {
  cachedImagePath,
  logoCacheDir,
  logoCacheKey,
  readCachedLogo,
  writeCachedLogo,
} from './logo-cache.ts';
import { normalizeLogo, type NormalizedLogo } from './normalize-logo.ts';

/** A normalized image on disk: pages serve it from there, so its bytes never travel further. */
export interface LogoImageFile {
  name: string;
  type: string;
  file: string;
}

export interface ProcessedLogos {
  /** By record id. */
  logos: Map<string, NormalizedLogo>;
  /** By record id: each image's name, type and the file in the logo cache that holds it. */
  files: Map<string, LogoImageFile[]>;
  problems: Problem[];
  /** How many logos needed image work, and how many came from the cache. */
  encoded: number;
  cached: number;
}

/** Normalizes every record's logo, each distinct file once, using the cache where it can. */
export async function processLogos(
  records: RecordWithLogo[],
  cacheDir = logoCacheDir(),
): Promise<ProcessedLogos> {
  const withLogo = records.filter((loaded) => loaded.logo);
  const logos = new Map<string, NormalizedLogo>();
  const files = new Map<string, LogoImageFile[]>();
  const problems: Problem[] = [];
  const inFlight = new Map<string, Promise<{ logo: NormalizedLogo; fromCache: boolean }>>();
  let encoded = 0;
  let cached = 0;

  const processOne = async (loaded: RecordWithLogo) => {
    const logoFile = loaded.logo!;
    // The pipeline words a problem after the file ("is broken"): placed on the record's logo line.
    const place = (problem: Problem): Problem => ({
      ...problem,
      file: loaded.file,
      position: logoFile.position,
      field: 'logo',
      message: `"${loaded.record.logo}" ${problem.message}`,
    });
    try {
      const source = await readFile(logoFile.path);
      const key = logoCacheKey(source, loaded.id);
      let pending = inFlight.get(key);
      if (!pending) {
        pending = (async () => {
          const hit = await readCachedLogo(cacheDir, key);
          if (hit) return { logo: hit, fromCache: true };
          const logo = await normalizeLogo(source, logoFile.format, loaded.id);
          await writeCachedLogo(cacheDir, key, logo);
          return { logo, fromCache: false };
        })();
        inFlight.set(key, pending);
      }
      const { logo, fromCache } = await pending;
      if (fromCache) cached++;
      else encoded++;
      logos.set(loaded.id, logo);
      files.set(
        loaded.id,
        logo.images.map(({ name, type }) => ({
          name,
          type,
          file: cachedImagePath(cacheDir, key, name),
        })),
      );
      problems.push(...logo.warnings.map(place));
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      problems.push(place(error.problem));
    }
  };

  // sharp gives each image one thread on these machines (sharp.concurrency() is 1), so one logo per core.
  const workers = Math.max(1, os.availableParallelism());
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < withLogo.length) await processOne(withLogo[next++]);
    }),
  );
  return { logos, files, problems, encoded, cached };
}

/** The validator's view: only the problems. */
export async function checkLogos(records: RecordWithLogo[]): Promise<Problem[]> {
  return (await processLogos(records)).problems;
}
