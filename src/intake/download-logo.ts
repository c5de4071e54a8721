// Downloads an applicant's logo from the link in the application (a GitHub attachment) or from
// --logo-url. The address comes from an issue anyone can open, so it is treated with care:
// https only, a bounded number of redirects each checked again, a size cap enforced while
// reading, a timeout for the whole download, and the format judged by the bytes received.
import { MAX_LOGO_BYTES, sniffLogoFormat } from '../logos/logo-limits.ts';
import { logoRefused as refused, type LogoReading } from './read-logo.ts';

export interface DownloadSettings {
  timeoutMs: number;
  maxBytes?: number;
}

const MAX_REDIRECTS = 5;
// Plain http is accepted only from this machine, where tests serve their logos.
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function unsafeAddress(url: URL): string | undefined {
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return undefined;
  return `${url.href} is not an https address`;
}

/** The logo at `address`, or one line saying why it cannot be used. */
export async function downloadLogo(
  address: string,
  settings: DownloadSettings,
): Promise<LogoReading> {
  const maxBytes = settings.maxBytes ?? MAX_LOGO_BYTES;
  if (!URL.canParse(address))
    return refused(`"${address}" is not a web address`, 'pass the full https address of the logo');
  let url = new URL(address);
  const signal = AbortSignal.timeout(settings.timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      const unsafe = unsafeAddress(url);
      if (unsafe)
        return refused(
          unsafe,
          'download the logo only over https; ask the applicant for an https link',
        );
      // Redirects are followed by hand, so that each hop's address is checked as well.
      const response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': 'new-partner' },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (redirects === MAX_REDIRECTS)
          return refused(
            `${address} redirects more than ${MAX_REDIRECTS} times`,
            'download the logo by hand and pass --logo PATH',
          );
        url = new URL(location, url);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return refused(
          `${address} answered ${response.status} ${response.statusText}`.trim(),
          'check the link in the application, or download the logo by hand and pass --logo PATH',
        );
      }
      const bytes = await readCapped(response, maxBytes);
      if (bytes === undefined)
        return refused(
          `${address} is over the ${maxBytes / 1024 / 1024} MB limit for a logo`,
          'ask for an SVG, or a smaller PNG',
        );
      const format = sniffLogoFormat(bytes);
      if (format === undefined) {
        // GitHub answers a wrong attachment link with a "Not Found" page and status 200.
        const looksLikePage = /^\s*(<!doctype html|<html|not found)/i.test(
          new TextDecoder().decode(bytes.subarray(0, 512)),
        );
        return refused(
          `${address} is not a PNG or SVG image${looksLikePage ? ' (it answered with a web page, such as "Not Found")' : ''}`,
          'check the link in the application; ask the applicant for an SVG (preferred) or PNG',
        );
      }
      return { ok: true, logo: { source: address, format, bytes } };
    }
  } catch (error) {
    if (signal.aborted)
      return refused(
        `${address} did not finish downloading within ${settings.timeoutMs / 1000} s`,
        'try again later, or download the logo by hand and pass --logo PATH',
      );
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return refused(
      `cannot download ${address}: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
      'check the link, or download the logo by hand and pass --logo PATH',
    );
  }
}

/** The body, or undefined as soon as it grows past `maxBytes` (the rest is never read). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    return undefined;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body === null) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
