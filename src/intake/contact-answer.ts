import { linkTargets, unwrapMarkdown } from './answer-text.ts';
import { GITHUB_LOGIN_PATTERN } from '../schema/record.ts';

export interface ContactAnswer {
  email?: string;
  github?: string;
}

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
