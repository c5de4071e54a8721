import { ProblemError, type Problem } from '../core/problems.ts';
import { logoCacheDir, logoCacheKey, writeCachedLogo } from '../logos/logo-cache.ts';
import { normalizeLogo } from '../logos/normalize-logo.ts';
import type { DraftLogo } from './record-draft.ts';

/**
 * What the logo pipeline refuses in the logo about to be written (an unsafe SVG, a broken
 * PNG), judged on the bytes in memory, so a refused logo is never written to partners/. An
 * accepted one is cached, and the validator run after writing reads it back.
 */
export async function logoBytesRefusal(logo: DraftLogo, id: string): Promise<Problem | undefined> {
  const source = Buffer.from(logo.bytes);
  try {
    const normalized = await normalizeLogo(source, logo.format, id);
    await writeCachedLogo(logoCacheDir(), logoCacheKey(source, id), normalized);
    return undefined;
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    return { ...error.problem, message: `"${logo.source}" ${error.problem.message}` };
  }
}
