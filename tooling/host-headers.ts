import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';

export type HostHeaders = (pathname: string) => Record<string, string>;

// A site's `_headers` and a netlify.toml's `[[headers]]`, read by Netlify's own parser. Every
// matching rule applies, and two values of one header are joined with a comma, as on Netlify and
// Cloudflare Pages (so a test sees the mess two overlapping Cache-Control rules would make).
export async function readHostHeaders(root: string, netlifyToml?: string): Promise<HostHeaders> {
  const headersFile = path.join(root, '_headers');
  const { headers, errors } = await parseAllHeaders({
    headersFiles: existsSync(headersFile) ? [headersFile] : [],
    netlifyConfigPath: netlifyToml,
    configHeaders: [],
    minimal: false,
  });
  if (errors.length > 0) throw new Error(errors.map((error) => error.message).join('\n'));
  return (pathname) => {
    const applied: Record<string, string> = {};
    for (const rule of (headers as Header[]).filter(({ forRegExp }) => forRegExp.test(pathname)))
      for (const [name, value] of Object.entries(rule.values))
        applied[name] = applied[name] === undefined ? value : `${applied[name]}, ${value}`;
    return applied;
  };
}
