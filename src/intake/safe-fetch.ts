// Downloads a file an issue links to without letting the link reach this machine or its network
// (SSRF): https only (http to a test's loopback server), each hop resolved once, every address
// checked and connected to as checked (no second lookup for DNS rebinding), redirects followed by
// hand, never down to http.
import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { addressRefusal, ipLiteral, isLoopbackHost } from './address-check.ts';

export interface SafeFetchSettings {
  signal: AbortSignal;
  maxBytes: number;
  /** INTAKE_ALLOW_LOOPBACK=1: tests' servers on this machine, over plain http too. */
  allowLoopback: boolean;
  /** Where the first request may go, e.g. only GitHub's attachment hosts. */
  firstHost?: (url: URL) => boolean;
  /** Resolves a host name to all its addresses; the system resolver unless a test injects one. */
  resolve?: (host: string) => Promise<LookupAddress[]>;
}

/** Why a download failed; the remote server's own words (status text, pages) are dropped. */
export type SafeFetchFailure =
  | { reason: 'refused'; why: string }
  | { reason: 'status'; status: number }
  | { reason: 'too-large' }
  | { reason: 'redirects'; count: number }
  | { reason: 'timeout' }
  | { reason: 'network'; code: string };

class Refused extends Error {}

const systemResolve = (host: string) => lookup(host, { all: true, verbatim: true });

const NOT_HTTPS = 'it is not an https address';
const MAX_REDIRECTS = 5;

/** Why the URL may not be requested at all, before any lookup (scheme, literal address). */
function urlRefusal(url: URL, previous: URL | undefined, allowLoopback: boolean) {
  if (previous?.protocol === 'https:' && url.protocol !== 'https:')
    return 'https may not redirect to plain http';
  const loopbackHttp = url.protocol === 'http:' && allowLoopback && isLoopbackHost(url.hostname);
  if (url.protocol !== 'https:' && !loopbackHttp) return NOT_HTTPS;
  const literal = ipLiteral(url.hostname);
  return literal && addressProblem(literal, url, allowLoopback, 'it names');
}

/** Why `address` may not be connected to for `url`; plain http reaches only a loopback test server. */
function addressProblem(address: string, url: URL, allowLoopback: boolean, lead: string) {
  const refusal = addressRefusal(address, allowLoopback);
  if (refusal) return `${lead} ${refusal}`;
  if (url.protocol === 'http:' && !isLoopbackHost(address)) return NOT_HTTPS;
  return undefined;
}

/** A lookup for http(s).request that resolves once, refuses any non-public address, and returns the checked ones. */
function checkedLookup(url: URL, settings: SafeFetchSettings): LookupFunction {
  const resolve = settings.resolve ?? systemResolve;
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const refusal = addresses
          .map(({ address }) =>
            addressProblem(address, url, settings.allowLoopback, `${hostname} resolves to`),
          )
          .find(Boolean);
        if (refusal) return callback(new Refused(refusal), '', 4);
        if (addresses.length === 0)
          return callback(Object.assign(new Error('no address'), { code: 'ENOTFOUND' }), '', 4);
        if (options.all)
          return (callback as never as (e: null, a: LookupAddress[]) => void)(null, addresses);
        callback(null, addresses[0].address, addresses[0].family);
      },
      (error: Error) => callback(error, '', 4),
    );
  };
}

function get(url: URL, settings: SafeFetchSettings): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) =>
    request(
      url,
      {
        headers: { 'user-agent': 'new-partner' },
        signal: settings.signal,
        lookup: checkedLookup(url, settings),
        agent: false,
      },
      resolve,
    )
      .on('error', reject)
      .end(),
  );
}

export async function safeFetch(address: URL, settings: SafeFetchSettings) {
  let url = address;
  let previous: URL | undefined;
  const fail = (failure: SafeFetchFailure) => ({ ok: false as const, url, failure });
  try {
    for (let redirects = 0; ; redirects++) {
      const refusal =
        previous === undefined && settings.firstHost && !settings.firstHost(url)
          ? `${url.host} is not one of GitHub's attachment hosts`
          : urlRefusal(url, previous, settings.allowLoopback);
      if (refusal) return fail({ reason: 'refused', why: refusal });
      const response = await get(url, settings);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status < 200 || status >= 300) response.destroy();
      if (status >= 300 && status < 400 && location) {
        if (redirects === MAX_REDIRECTS) return fail({ reason: 'redirects', count: MAX_REDIRECTS });
        const next = URL.parse(location, url);
        if (!next) return fail({ reason: 'refused', why: 'it redirects to no web address' });
        [previous, url] = [url, next];
      } else if (status < 200 || status >= 300) return fail({ reason: 'status', status });
      else {
        const bytes = await readCapped(response, settings.maxBytes);
        return bytes ? { ok: true as const, bytes, url } : fail({ reason: 'too-large' });
      }
    }
  } catch (error) {
    if (error instanceof Refused) return fail({ reason: 'refused', why: error.message });
    if (settings.signal.aborted) return fail({ reason: 'timeout' });
    // Only a system error code: an error's message may quote what the server sent.
    const code = (error as NodeJS.ErrnoException).code;
    return fail({
      reason: 'network',
      code: code && /^[A-Z0-9_]+$/.test(code) ? code : 'the connection failed',
    });
  }
}

/** The body, or undefined as soon as it grows past `maxBytes` (the rest is never read). */
async function readCapped(response: IncomingMessage, maxBytes: number) {
  if (Number(response.headers['content-length']) > maxBytes) {
    response.destroy();
    return undefined;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > maxBytes) return undefined; // leaving the loop destroys the stream
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
