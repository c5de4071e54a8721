// Runs one of the project's scripts in a Node process of its own, the way `npm run` does, and
// captures what it printed: for the end-to-end tests and the benchmark.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { text } from 'node:stream/consumers';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Runs `script` (relative to the project, or absolute) on this process's Node and resolves when
 * it ends, whatever its exit code. Its stdin is empty, so a question gets end-of-input, never hangs.
 */
export async function runScript(
  script: string,
  args: string[] = [],
  options: {
    /** The project by default. */
    cwd?: string;
    /** Added to this process's environment. */
    env?: Record<string, string | undefined>;
    /** Node's own options before the script, e.g. `['--import', preload]`. */
    nodeArgs?: string[];
  } = {},
) {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), path.resolve(PROJECT_ROOT, script), ...args],
    {
      cwd: options.cwd ?? PROJECT_ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const [stdout, stderr, [code]] = await Promise.all([
    text(child.stdout),
    text(child.stderr),
    once(child, 'close') as Promise<[number | null]>,
  ]);
  return { code, stdout, stderr, wallMs: performance.now() - started };
}
