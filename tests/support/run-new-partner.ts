import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { newPartner } from '../../src/intake/new-partner.ts';
import { projectConfig } from './site-config.ts';

/**
 * `npm run new-partner -- ARGS` in process, in the workspace `root` (with its `partners/`),
 * without a terminal: what it printed, its exit code and the files it left in `partners/`.
 */
export async function runNewPartner(root: string, args: string[], env: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void) =>
    new Writable({ write: (chunk, _, done) => (append(String(chunk)), done()) });
  const code = await newPartner(args, {
    config: projectConfig,
    stdin: Object.assign(new PassThrough().end(), { isTTY: false }),
    stdout: sink((text) => (stdout += text)),
    stderr: sink((text) => (stderr += text)),
    cwd: root,
    projectRoot: root,
    today: '2026-11-25',
    env,
    issueRepo: 'octo-org/community',
    timeoutMs: 1500,
  });
  return { code, stdout, stderr, files: (await readdir(path.join(root, 'partners'))).sort() };
}
