// What the directory accepts as a logo file (formats, told by content; size limits), apart from
// the image pipeline so the loader and new-partner check a file without loading sharp or svgo.
import type { Problem } from '../core/problems.ts';

export const LOGO_FORMATS = ['png', 'svg'] as const;
export type LogoFormat = (typeof LOGO_FORMATS)[number];
/** File name endings a logo may have, lowercase with the dot. */
export const LOGO_EXTENSIONS = new Set<string>(LOGO_FORMATS.map((format) => `.${format}`));

// Real logos reach 23.7 MP (youzan.png) and 420 KB; these limits leave room and refuse
// decompression bombs before they are decoded.
export const MAX_LOGO_BYTES = 5 * 1024 * 1024;
export const MAX_LOGO_PIXELS = 32_000_000;
// Trimming a margin needs at least 3 px each way (sharp's trim); smaller is not a logo anyway.
export const MIN_LOGO_SIDE = 3;

/** How much of a file tells its format: enough for an XML prolog with long comments. */
export const SNIFF_BYTES = 16 * 1024;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** What a logo file really is, by its content: its extension is only a claim. */
export function sniffLogoFormat(bytes: Uint8Array): LogoFormat | undefined {
  if (PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) return 'png';
  // TextDecoder drops a byte order mark.
  const head = new TextDecoder().decode(bytes.subarray(0, SNIFF_BYTES));
  // An SVG opens with <svg>, possibly after an XML declaration, comments or whitespace, or with
  // a DOCTYPE naming svg (its internal subset may hold any markup; svg-safety refuses it later).
  const withoutProlog = head.replace(/^(\s*(<\?xml[^>]*\?>|<!--[\s\S]*?-->))*\s*/i, '');
  return /^(<svg[\s>]|<!DOCTYPE\s+svg[\s>[])/i.test(withoutProlog) ? 'svg' : undefined;
}

const megabytes = (bytes: number) => bytes / 1024 / 1024;

/** A logo file over the size limit, told from its size alone so nothing huge is read. */
export function logoBytesProblem(size: number): Problem | undefined {
  if (size <= MAX_LOGO_BYTES) return undefined;
  return {
    severity: 'error',
    message: `is ${megabytes(size).toFixed(1)} MB, over the ${megabytes(MAX_LOGO_BYTES)} MB limit`,
    hint: 'export it smaller, or as SVG',
  };
}
