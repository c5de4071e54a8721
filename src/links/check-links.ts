import pLimit, { type LimitFunction } from 'p-limit';
import { checkLink, type CheckLinkOptions, type LinkOutcome } from './check-link.ts';

export interface CheckLinksOptions extends CheckLinkOptions {
  /** Requests in flight at once, all hosts together. */
  concurrency: number;
  /** Requests in flight at once to one host: two, like a polite browser tab or two. */
  perHost: number;
}

export const PER_HOST_LIMIT = 2;

/**
 * Checks each distinct URL once, at most `concurrency` requests at a time and `perHost` per
 * host name. A URL holds its host's slot through its retries and their backoff (a struggling
 * host is not sent more), but the global slot only while a request is in flight.
 */
export async function checkLinks(
  urls: Iterable<string>,
  options: CheckLinksOptions,
): Promise<Map<string, LinkOutcome>> {
  const global = pLimit(options.concurrency);
  const hosts = new Map<string, LimitFunction>();
  const hostLimit = (url: string) => {
    const host = new URL(url).hostname;
    let limit = hosts.get(host);
    if (!limit) hosts.set(host, (limit = pLimit(options.perHost)));
    return limit;
  };
  const gate = <T>(request: () => Promise<T>) => global(request);

  const distinct = [...new Set(urls)];
  const outcomes = await Promise.all(
    distinct.map((url) => hostLimit(url)(() => checkLink(url, { ...options, gate }))),
  );
  return new Map(distinct.map((url, index) => [url, outcomes[index]]));
}
