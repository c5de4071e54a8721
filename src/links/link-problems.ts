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
  /** Where the message and hint quote what the remote server sent (redirect targets). */
  remote?: { message: Span[]; hint: Span[] };
}

/** [start, end) of a quoted piece of text. */
export type Span = [number, number];

// Marks around what a remote server sent while a message is built (private-use characters).
const remote = (text: string) => `\uE000${text.replace(/[\uE000\uE001]/g, '')}\uE001`;

/** The text without the marks, and where the marked pieces stand in it. */
function unmark(marked: string): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  marked.split(/[\uE000\uE001]/).forEach((part, index) => {
    if (index % 2 === 1) spans.push([text.length, text.length + part.length]);
    text += part;
  });
  return { text, spans };
}

/** The finding for one link, or nothing when the link works. */
export function linkProblem(target: LinkTarget, outcome: LinkOutcome): LinkProblem | undefined {
  const marked = markedProblem(target, outcome);
  if (!marked) return undefined;
  const message = unmark(marked.message);
  const hint = unmark(marked.hint);
  const remote = { message: message.spans, hint: hint.spans };
  const quotes = message.spans.length + hint.spans.length > 0;
  return { ...marked, message: message.text, hint: hint.text, ...(quotes ? { remote } : {}) };
}

function markedProblem(
  { url, file, position, field }: LinkTarget,
  outcome: LinkOutcome,
): (LinkProblem & { hint: string }) | undefined {
  const base = { file, position, field, url };
  if (outcome.kind === 'ok') return undefined;
  if (outcome.kind === 'moved') {
    const { status, newUrl } = outcome;
    const message = `${url} moved permanently to ${remote(newUrl)} (HTTP ${status})`;
    return {
      ...base,
      severity: 'warning',
      status,
      newUrl,
      message,
      hint: `write ${remote(newUrl)}`,
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
  const redirected =
    finalUrl && finalUrl !== url ? ` (after redirects, at ${remote(finalUrl)})` : '';
  return {
    ...base,
    severity: 'error',
    status: failure.reason === 'status' ? failure.status : undefined,
    message: `${url} ${brokenMessage(failure, attempts)}${redirected}`,
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
      return `redirects to ${remote(failure.location)}, which is not a web address`;
    case 'network':
      return `cannot be reached: the connection failed (${failure.code})${tries}`;
  }
}

function brokenHint(failure: LinkFailure): string {
  const passing =
    failure.reason === 'status'
      ? failure.status >= 500
      : failure.reason === 'timeout' || failure.reason === 'network';
  if (passing)
    return 'the site may be down for now: open it in a browser, and update or remove the link if it stays broken';
  return "find the page's new address (ask the organization if needed), or remove the link";
}
