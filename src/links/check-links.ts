import pLimit, { type LimitFunction } from 'p-limit';
import { checkLink, type CheckLinkOptions, type LinkOutcome } from './check-link.ts';

export interface CheckLinksOptions extends CheckLinkOptions {
  /** Requests in flight at once, all hosts together. */
  concurrency: number;
  /** Requests in flight at once to one host: two, like a polite browser tab or two. */
  perHost: number;
}

export const PER_HOST_LIMIT = 2;

// Each distinct URL once. A URL holds its host's slot through its retries and their backoff (a
// struggling host is not sent more), but the global slot only while a request is in flight.
export async function checkLinks(urls: Iterable<string>, options: CheckLinksOptions) {
  const gate = pLimit(options.concurrency);
  const hosts = new Map<string, LimitFunction>();
  const check = (url: string) => {
    const host = new URL(url).hostname;
    if (!hosts.has(host)) hosts.set(host, pLimit(options.perHost));
    return hosts.get(host)!(() => checkLink(url, { ...options, gate }));
  };
  const distinct = [...new Set(urls)];
  return new Map(await Promise.all(distinct.map(async (url) => [url, await check(url)] as const)));
}

/** True when no request got through anywhere: the network, not the links, is at fault. */
export function unreachableEverywhere(outcomes: LinkOutcome[]): boolean {
  const unreachable = new Set(['dns', 'refused', 'network']);
  return (
    outcomes.length > 1 &&
    outcomes.every(
      (outcome) => outcome.kind === 'broken' && unreachable.has(outcome.failure.reason),
    )
  );
}
