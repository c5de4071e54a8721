// The contact field, wherever it is answered: an issue's "Contact me" answer, the --email and
// --github flags, or the terminal. Each channel reads and checks it here.
import type { Problem } from '../core/problems.ts';
import { GITHUB_LOGIN_PATTERN } from '../schema/record.ts';
import { linkTargets, unwrapMarkdown } from './answer-text.ts';
import { checkAnswer, defined, type RecordDraft } from './record-draft.ts';

export type ContactAnswer = NonNullable<RecordDraft['contact']>;

const EMAIL = /[\w.+-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+/gi;
// "@octocat", but not the "@" inside an e-mail address.
const MENTION = new RegExp(`(?<![\\w.+-])@(${GITHUB_LOGIN_PATTERN})(?![\\w-]*\\.[a-z])`, 'g');
const GITHUB_PROFILE = /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z\d-]+)\/?$/i;
const LONE_LOGIN = new RegExp(`^${GITHUB_LOGIN_PATTERN}$`);
// Words applicants put before their contact, e.g. "GitHub: octocat" or "Email - ops@acme.io".
const LABELS = /\b(?:e-?mail|mail|github|gh|contact|me)\s*[:\-–]\s*/gi;

/**
 * The contact in an answer like "@octocat, ops@acme.io": the first e-mail address and the
 * first GitHub login (an @mention, a github.com profile link, or a lone login and nothing else).
 */
export function contactAnswer(text: string): ContactAnswer {
  const profile = linkTargets(text)
    .map((url) => GITHUB_PROFILE.exec(url)?.[1])
    .find(Boolean);
  const plain = unwrapMarkdown(text).replace(/mailto:/gi, '');
  const email = plain.match(EMAIL)?.[0];
  const withoutEmails = plain.replace(EMAIL, ' ');
  const mention = [...withoutEmails.matchAll(MENTION)][0]?.[1];
  const rest = withoutEmails
    .replace(LABELS, ' ')
    .replace(/[,;/|()]/g, ' ')
    .trim();
  const lone = !profile && !mention && LONE_LOGIN.test(rest) ? rest : undefined;
  const github = profile ?? mention ?? lone;
  return { ...(email ? { email } : {}), ...(github ? { github } : {}) };
}

/**
 * The contact as typed in a flag or the terminal: an e-mail address and a login, each trimmed,
 * the login without the "@" people write before it. A blank part stays, for the check to refuse.
 */
export function typedContact(typed: { email?: string; github?: string }): ContactAnswer {
  return defined({ email: typed.email?.trim(), github: typed.github?.trim().replace(/^@/, '') });
}

/** The schema's rules for a contact's given parts (problems on contact.email, contact.github). */
export const checkContact = (contact: ContactAnswer): Problem[] => checkAnswer('contact', contact);

/** A contact names someone to talk to: an e-mail address or a GitHub login. */
export const hasContact = (contact: ContactAnswer | undefined) =>
  contact?.email !== undefined || contact?.github !== undefined;
