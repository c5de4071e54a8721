import { readFile, stat } from 'node:fs/promises';
import type { Checked } from '../core/problems.ts';
import { logoBytesProblem, sniffLogoFormat } from '../logos/logo-limits.ts';
import type { DraftLogo } from './draft.ts';

/** A logo file read for a new record, or the problem that keeps it out. */
export type LogoReading = Checked<{ logo: DraftLogo }>;

export const logoRefused = (message: string, hint: string): LogoReading => ({
  ok: false,
  problem: { severity: 'error', message, hint },
});

/** Reads the logo to copy and tells what it really is by its content, whatever its name says. */
export async function readLogo(file: string, shown = file): Promise<LogoReading> {
  let size: number;
  try {
    const stats = await stat(file);
    if (!stats.isFile())
      return logoRefused(`"${shown}" is not a file`, 'give the path of the logo file itself');
    size = stats.size;
  } catch {
    return logoRefused(
      `"${shown}" does not exist`,
      'check the path: it is relative to the folder you run the command in',
    );
  }
  // The logo pipeline refuses it anyway; saying so now avoids reading a wrong file whole.
  const tooLarge = logoBytesProblem(size);
  if (tooLarge)
    return logoRefused(`"${shown}" ${tooLarge.message}`, 'ask for an SVG, or a smaller PNG');
  const bytes = new Uint8Array(await readFile(file));
  const format = sniffLogoFormat(bytes);
  if (format === undefined)
    return logoRefused(
      `"${shown}" is not a PNG or SVG image`,
      'ask the applicant for a PNG or SVG; renaming a file does not convert it',
    );
  return { ok: true, logo: { source: shown, format, bytes } };
}
