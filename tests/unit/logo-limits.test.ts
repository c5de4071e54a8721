import { describe, expect, it, vi } from 'vitest';

// The loader and the new-partner command check logo files at the door; loading the image
// pipeline for that would cost every `npm run validate` sharp's and svgo's start-up.
vi.mock('sharp', () => {
  throw new Error('sharp was loaded');
});
vi.mock('svgo', () => {
  throw new Error('svgo was loaded');
});

describe('logo limits', () => {
  it('are read by the loader without loading sharp or svgo', async () => {
    const limits = await import('../../src/logos/logo-limits.ts');
    await expect(import('../../src/data/load-partners.ts')).resolves.toHaveProperty('loadPartners');
    expect(limits.MAX_LOGO_BYTES).toBe(5 * 1024 * 1024);
  });

  it('tell a format by its content and a file too large by its size', async () => {
    const { logoBytesProblem, sniffLogoFormat } = await import('../../src/logos/logo-limits.ts');
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect(sniffLogoFormat(png)).toBe('png');
    expect(
      sniffLogoFormat(
        new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">'),
      ),
    ).toBe('svg');
    expect(sniffLogoFormat(new TextEncoder().encode('<html><svg/></html>'))).toBeUndefined();
    expect(logoBytesProblem(5 * 1024 * 1024)).toBeUndefined();
    expect(logoBytesProblem(6 * 1024 * 1024)?.message).toBe('is 6.0 MB, over the 5 MB limit');
  });
});
