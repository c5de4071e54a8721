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

// Marks around what a remote server sent while a message is built; never in a header or URL.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const remote = (text: string) => `${OPEN}${text.replace(/[\uE000\uE001]/g, '')}${CLOSE}`;

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

const CHECK_IN_BROWSER = 'open it in a browser: if it works there, leave it';

/** The finding for one link, or nothing when the link works. */
export function linkProblem(target: LinkTarget, outcome: LinkOutcome): LinkProblem | undefined {
  const marked = markedProblem(target, outcome);
  if (!marked) return undefined;
  const message = unmark(marked.message);
  const hint = unmark(marked.hint ?? '');
  return {
    ...marked,
    message: message.text,
    hint: hint.text,
    ...(message.spans.length + hint.spans.length > 0
      ? { remote: { message: message.spans, hint: hint.spans } }
      : {}),
  };
}

function markedProblem(target: LinkTarget, outcome: LinkOutcome): LinkProblem | undefined {
  const base = {
    file: target.file,
    position: target.position,
    field: target.field,
    url: target.url,
  };
  switch (outcome.kind) {
    case 'ok':
      return undefined;
    case 'moved':
      return {
        ...base,
        severity: 'warning',
        status: outcome.status,
        newUrl: outcome.newUrl,
        message: `${target.url} moved permanently to ${remote(outcome.newUrl)} (HTTP ${outcome.status})`,
        hint: `write ${remote(outcome.newUrl)}`,
      };
    case 'blocked':
      return {
        ...base,
        severity: 'warning',
        status: outcome.status,
        message: outcome.wall
          ? `${target.url} answered HTTP ${outcome.status} from a bot wall (${outcome.wall}), so it could not be checked`
          : `${target.url} answered HTTP ${outcome.status} (${blockedMeaning(outcome.status)}), which robots often get from working sites`,
        hint: CHECK_IN_BROWSER,
      };
    case 'broken':
      return {
        ...base,
        severity: 'error',
        status: outcome.failure.reason === 'status' ? outcome.failure.status : undefined,
        message: `${target.url} ${brokenMessage(outcome.failure, outcome.attempts)}${
          outcome.finalUrl && outcome.finalUrl !== target.url
            ? ` (after redirects, at ${remote(outcome.finalUrl)})`
            : ''
        }`,
        hint: brokenHint(outcome.failure),
      };
  }
}

function blockedMeaning(status: number): string {
  if (status === 401) return 'needs a login';
  if (status === 429) return 'too many requests';
  return 'forbidden';
}

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
  if (
    failure.reason === 'timeout' ||
    failure.reason === 'network' ||
    (failure.reason === 'status' && failure.status >= 500)
  )
    return 'the site may be down for now: open it in a browser, and update or remove the link if it stays broken';
  return "find the page's new address (ask the organization if needed), or remove the link";
}
