export type LogoFormat = 'png' | 'svg';

/** How much of a file tells its format: enough for an XML prolog with long comments. */
export const SNIFF_BYTES = 16 * 1024;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** What a logo file really is, by its content: its extension is only a claim. */
export function sniffLogoFormat(bytes: Uint8Array): LogoFormat | undefined {
  if (PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) return 'png';
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, SNIFF_BYTES))
    .replace(/^\uFEFF/, '');
  // An SVG opens with <svg>, possibly after an XML declaration, comments or whitespace, or with
  // a DOCTYPE naming svg (its internal subset may hold any markup; svg-safety refuses it later).
  const withoutProlog = head.replace(/^(\s*(<\?xml[^>]*\?>|<!--[\s\S]*?-->))*\s*/i, '');
  return /^<svg[\s>]/i.test(withoutProlog) || /^<!DOCTYPE\s+svg[\s>[]/i.test(withoutProlog)
    ? 'svg'
    : undefined;
}
