// A new record's logo from a file, the application's GitHub attachment or --logo-url, its format
// judged by its bytes. safe-fetch.ts decides what may be reached; messages never quote the server.
import { readFile, stat } from 'node:fs/promises';
import type { Checked } from '../core/problems.ts';
import { logoBytesProblem, MAX_LOGO_BYTES, sniffLogoFormat } from '../logos/logo-limits.ts';
import { isLoopbackHost } from './address-check.ts';
import type { DraftLogo } from './draft.ts';
import { safeFetch, type SafeFetchSettings } from './safe-fetch.ts';

export type LogoReading = Checked<{ logo: DraftLogo }>;

const refused = (message: string, hint: string): LogoReading => ({
  ok: false,
  problem: { severity: 'error', message, hint },
});

/** The logo file to copy, its format told by its content, whatever its name says. */
export async function readLogo(file: string, shown = file): Promise<LogoReading> {
  const stats = await stat(file).catch(() => undefined);
  if (!stats)
    return refused(
      `"${shown}" does not exist`,
      'check the path: it is relative to the folder you run the command in',
    );
  if (!stats.isFile())
    return refused(`"${shown}" is not a file`, 'give the path of the logo file itself');
  // The logo pipeline refuses it anyway; saying so now avoids reading a wrong file whole.
  const tooLarge = logoBytesProblem(stats.size);
  if (tooLarge)
    return refused(`"${shown}" ${tooLarge.message}`, 'ask for an SVG, or a smaller PNG');
  const bytes = new Uint8Array(await readFile(file));
  const format = sniffLogoFormat(bytes);
  if (format === undefined)
    return refused(
      `"${shown}" is not a PNG or SVG image`,
      'ask the applicant for a PNG or SVG; renaming a file does not convert it',
    );
  return { ok: true, logo: { source: shown, format, bytes } };
}

/** `allowLoopback`: a test's server (which also stands in for GitHub); `attachmentOnly`: the link is the issue's. */
export type DownloadSettings = Partial<Pick<SafeFetchSettings, 'allowLoopback' | 'resolve'>> & {
  timeoutMs: number;
  attachmentOnly?: boolean;
};

const BY_HAND = 'download the logo by hand and pass --logo PATH';

/** Where GitHub keeps an image dropped into an issue (FACTS.md); a test's loopback server may stand in. */
export function isGitHubAttachment(url: URL, allowLoopback = false): boolean {
  if (allowLoopback && isLoopbackHost(url.hostname)) return true;
  if (url.protocol !== 'https:') return false;
  if (url.hostname === 'github.com')
    return /^\/(user-attachments\/(assets|files)|[^/]+\/[^/]+\/assets)\//.test(url.pathname);
  return /^(private-)?user-images\.githubusercontent\.com$/.test(url.hostname);
}

/** The logo at `address`, or one line saying why it cannot be used. */
export async function downloadLogo(address: string, settings: DownloadSettings) {
  const start = URL.parse(address);
  if (!start || !/^https?:$/.test(start.protocol))
    return refused(
      `${JSON.stringify(address)} is not a web address`,
      'pass the full https address of the logo',
    );
  const allowLoopback = settings.allowLoopback ?? false;
  const result = await safeFetch(start, {
    signal: AbortSignal.timeout(settings.timeoutMs),
    maxBytes: MAX_LOGO_BYTES,
    allowLoopback,
    firstHost: settings.attachmentOnly
      ? (url) => isGitHubAttachment(url, allowLoopback)
      : undefined,
    resolve: settings.resolve,
  });
  const shown = start.href;
  if (!result.ok) {
    const { failure } = result;
    switch (failure.reason) {
      case 'refused':
        return refused(
          `${shown} cannot be downloaded: ${failure.why}${result.url.href === shown ? '' : ` (redirected to ${result.url.href})`}`,
          settings.attachmentOnly
            ? `ask the applicant to drop the logo into the issue, or ${BY_HAND}`
            : 'download the logo only over https from a public host; ask the applicant for such a link',
        );
      case 'status':
        return refused(
          `${shown} answered HTTP ${failure.status}`,
          `check the link in the application, or ${BY_HAND}`,
        );
      case 'too-large':
        return refused(
          `${shown} is over the ${MAX_LOGO_BYTES / 1024 / 1024} MB limit for a logo`,
          'ask for an SVG, or a smaller PNG',
        );
      case 'redirects':
        return refused(`${shown} redirects more than ${failure.count} times`, BY_HAND);
      case 'timeout':
        return refused(
          `${shown} did not finish downloading within ${settings.timeoutMs / 1000} s`,
          `try again later, or ${BY_HAND}`,
        );
      case 'network':
        return refused(
          `cannot download ${shown}: ${failure.code}`,
          `check the link, or ${BY_HAND}`,
        );
    }
  }
  const { bytes } = result;
  const format = sniffLogoFormat(bytes);
  if (format === undefined) {
    // GitHub answers a wrong attachment link with a "Not Found" page and status 200.
    const looksLikePage = /^\s*(<!doctype html|<html|not found)/i.test(
      new TextDecoder().decode(bytes.subarray(0, 512)),
    );
    return refused(
      `${shown} is not a PNG or SVG image${looksLikePage ? ' (it answered with a web page, such as "Not Found")' : ''}`,
      'check the link in the application; ask the applicant for a PNG or SVG',
    );
  }
  return { ok: true as const, logo: { source: shown, format, bytes } };
}
