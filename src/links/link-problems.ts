import type { Problem } from '../core/problems.ts';
import type { LinkFailure, LinkOutcome } from './check-link.ts';
import type { LinkTarget } from './link-targets.ts';

/** A finding about one link, in the validator's shape so it prints the same way. */
export interface LinkProblem extends Problem {
  url: string;
  /** The HTTP status that decided, when there was an answer. */
  status?: number;
  /** For a permanent redirect: the URL to write instead. */
  newUrl?: string;
  /** What remote servers sent (redirect targets) that the message or hint quotes. */
  remote?: string[];
}

/** The finding for one link, or nothing when the link works. */
export function linkProblem(
  { url, file, position, field }: LinkTarget,
  outcome: LinkOutcome,
): LinkProblem | undefined {
  const base = { file, position, field, url };
  if (outcome.kind === 'ok') return undefined;
  if (outcome.kind === 'moved') {
    const { status, newUrl } = outcome;
    return {
      ...base,
      severity: 'warning',
      status,
      newUrl,
      remote: [newUrl],
      message: `${url} moved permanently to ${newUrl} (HTTP ${status})`,
      hint: `write ${newUrl}`,
    };
  }
  if (outcome.kind === 'blocked') {
    const { status, wall } = outcome;
    return {
      ...base,
      severity: 'warning',
      status,
      message: wall
        ? `${url} answered HTTP ${status} from a bot wall (${wall}), so it could not be checked`
        : `${url} answered HTTP ${status} (${BLOCKED_MEANING[status] ?? 'forbidden'}), which robots often get from working sites`,
      hint: 'open it in a browser: if it works there, leave it',
    };
  }
  const { failure, attempts, finalUrl } = outcome;
  const redirected = finalUrl && finalUrl !== url ? finalUrl : '';
  const remote = [failure.reason === 'bad-redirect' ? failure.location : '', redirected];
  return {
    ...base,
    severity: 'error',
    ...(remote.some(Boolean) && { remote: remote.filter(Boolean) }),
    status: failure.reason === 'status' ? failure.status : undefined,
    message: `${url} ${brokenMessage(failure, attempts)}${redirected ? ` (after redirects, at ${finalUrl})` : ''}`,
    hint: brokenHint(failure),
  };
}

const BLOCKED_MEANING: Record<number, string> = { 401: 'needs a login', 429: 'too many requests' };

function brokenMessage(failure: LinkFailure, attempts: number): string {
  const tries = attempts > 1 ? ` (${attempts} tries)` : '';
  switch (failure.reason) {
    case 'status':
      return `answered HTTP ${failure.status}${failure.status === 404 || failure.status === 410 ? ' (not found)' : ''}${failure.status >= 500 ? tries : ''}`;
    case 'timeout':
      return `did not answer within ${failure.seconds} s${tries}`;
    case 'dns':
      return `cannot be reached: the host name ${failure.host} does not resolve (DNS)`;
    case 'refused':
      return `cannot be reached: ${failure.host} refused the connection`;
    case 'tls':
      return `cannot be reached securely: certificate or TLS error (${failure.code})`;
    case 'redirects':
      return `redirects more than ${failure.count} times (a redirect loop?)`;
    case 'bad-redirect':
      return `redirects to ${failure.location}, which is not a web address`;
    case 'network':
      return `cannot be reached: the connection failed (${failure.code})${tries}`;
  }
}

function brokenHint(failure: LinkFailure): string {
  const passing =
    failure.reason === 'status'
      ? failure.status >= 500
      : failure.reason === 'timeout' || failure.reason === 'network';
  return passing
    ? 'the site may be down for now: open it in a browser, and update or remove the link if it stays broken'
    : "find the page's new address (ask the organization if needed), or remove the link";
}
