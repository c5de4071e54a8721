import { readFile } from 'node:fs/promises';
import os from 'node:os';
import pLimit from 'p-limit';
import { ProblemError, type Position, type Problem } from '../core/problems.ts';
import type { LogoFormat } from './logo-limits.ts';
import {
  cachedImagePath,
  logoCacheDir,
  logoCacheKey,
  readCachedLogo,
  writeCachedLogo,
} from './logo-cache.ts';
import { normalizeLogo, type NormalizedLogo } from './normalize-logo.ts';

/** What the pipeline reads of a record: its id, file and logo file (data/load-partners.ts finds them). */
interface RecordWithLogo {
  id: string;
  file: string;
  record: { logo?: string };
  logo?: { path: string; format: LogoFormat; position: Position };
}

/** A normalized image on disk: pages serve it from there, so its bytes never travel further. */
export type LogoImageFile = { name: string; type: string; file: string };

/** Every record's logo and its image files, by record id, and how many were `encoded` or `cached`. */
export async function processLogos(records: RecordWithLogo[], cacheDir = logoCacheDir()) {
  const result = {
    logos: new Map<string, NormalizedLogo>(),
    files: new Map<string, LogoImageFile[]>(),
    problems: [] as Problem[],
    encoded: 0,
    cached: 0,
  };
  const processOne = async ({ id, file, record, logo: logoFile }: RecordWithLogo) => {
    // The pipeline words a problem after the file ("is broken"): placed on the record's logo line.
    const place = (problem: Problem): Problem => ({
      ...problem,
      file,
      position: logoFile!.position,
      field: 'logo',
      message: `"${record.logo}" ${problem.message}`,
    });
    try {
      const source = await readFile(logoFile!.path);
      const key = logoCacheKey(source, id);
      let logo = await readCachedLogo(cacheDir, key);
      if (logo) result.cached++;
      else {
        logo = await normalizeLogo(source, logoFile!.format, id);
        await writeCachedLogo(cacheDir, key, logo);
        result.encoded++;
      }
      result.logos.set(id, logo);
      const images = logo.images.map(({ name, type }) => ({
        name,
        type,
        file: cachedImagePath(cacheDir, key, name),
      }));
      result.files.set(id, images);
      result.problems.push(...logo.warnings.map(place));
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      result.problems.push(place(error.problem));
    }
  };

  // One logo per core at a time; sharp encodes a logo's images side by side (sharp.concurrency()
  // is 1 on these machines, so each encode takes one thread of libuv's pool).
  const limit = pLimit(os.availableParallelism());
  const withLogo = records.filter((loaded) => loaded.logo);
  await Promise.all(withLogo.map((loaded) => limit(() => processOne(loaded))));
  return result;
}

/** The validator's view: only the problems. */
export async function checkLogos(records: RecordWithLogo[]): Promise<Problem[]> {
  return (await processLogos(records)).problems;
}
