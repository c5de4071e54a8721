// What a Netlify site needs to serve the directory: the header rules and, for an unknown URL
// under a language's directory, that language's 404 page. As files for the standalone build
// (`_redirects`; `_headers` is in headers-file.ts) and as netlify.toml tables for a host site.
import { LOCALES } from '../schema/vocabulary.ts';
import { directoryPath } from '../i18n/locale-routes.ts';
import { notFoundPath } from './directory-paths.ts';
import { GENERATED_BY, directoryHeaderRules } from './headers-file.ts';

/** `from` → `to` with status 404: Netlify serves `to` only where no file matches (no `force`). */
export const notFoundRules = () =>
  LOCALES.map((locale) => ({ from: `${directoryPath(locale)}*`, to: notFoundPath(locale) }));

export function renderRedirectsFile(): string {
  return notFoundRules()
    .map((rule) => `${rule.from}  ${rule.to}  404\n`)
    .join('');
}

/** The block a host site on Netlify adds to its netlify.toml (the README shows it). */
export function renderNetlifyToml(): string {
  const headers = directoryHeaderRules().map(
    (rule) =>
      `[[headers]]\n  for = ${JSON.stringify(rule.for)}\n  [headers.values]\n${Object.entries(
        rule.values,
      )
        .map(([name, value]) => `    ${name} = ${JSON.stringify(value)}\n`)
        .join('')}`,
  );
  const redirects = notFoundRules().map(
    (rule) =>
      `[[redirects]]\n  from = ${JSON.stringify(rule.from)}\n  to = ${JSON.stringify(rule.to)}\n  status = 404\n`,
  );
  return `# ${GENERATED_BY}\n${[...headers, ...redirects].join('\n')}`;
}
