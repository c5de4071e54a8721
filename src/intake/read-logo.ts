import { readFile, stat } from 'node:fs/promises';
import { sniffLogoFormat } from '../logos/logo-format.ts';
import { MAX_LOGO_BYTES } from '../logos/normalize-logo.ts';
import type { RecordDraft } from './record-draft.ts';

export type LogoReading =
  | { ok: true; logo: NonNullable<RecordDraft['logo']> }
  | { ok: false; message: string; hint: string };

/** Reads the logo to copy and tells what it really is by its content, whatever its name says. */
export async function readLogo(file: string, shown = file): Promise<LogoReading> {
  let size: number;
  try {
    const stats = await stat(file);
    if (!stats.isFile())
      return {
        ok: false,
        message: `"${shown}" is not a file`,
        hint: 'give the path of the logo file itself',
      };
    size = stats.size;
  } catch {
    return {
      ok: false,
      message: `"${shown}" does not exist`,
      hint: 'check the path: it is relative to the folder you run the command in',
    };
  }
  if (size > MAX_LOGO_BYTES) {
    // The logo pipeline refuses it anyway; saying so now avoids reading a wrong file whole.
    return {
      ok: false,
      message: `"${shown}" is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_LOGO_BYTES / 1024 / 1024} MB limit`,
      hint: 'ask for an SVG, or a smaller PNG',
    };
  }
  const bytes = new Uint8Array(await readFile(file));
  const format = sniffLogoFormat(bytes);
  if (format === undefined) {
    return {
      ok: false,
      message: `"${shown}" is not a PNG or SVG image`,
      hint: 'ask the applicant for an SVG (preferred) or PNG; renaming a file does not convert it',
    };
  }
  return { ok: true, logo: { source: shown, format, bytes } };
}
