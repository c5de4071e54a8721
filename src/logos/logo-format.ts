export type LogoFormat = 'png' | 'svg';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** What a logo file really is, by its content: its extension is only a claim. */
export function sniffLogoFormat(bytes: Uint8Array): LogoFormat | undefined {
  if (PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) return 'png';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  // An SVG opens with <svg>, possibly after an XML declaration, comments or whitespace.
  const withoutProlog = head.replace(/^(\s*(<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>))*\s*/i, '');
  return /^<svg[\s>]/i.test(withoutProlog) ? 'svg' : undefined;
}
