// Moved to logo-limits.ts; re-exported until src/intake imports it from there.
export { SNIFF_BYTES, sniffLogoFormat, type LogoFormat } from './logo-limits.ts';
