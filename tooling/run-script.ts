// Runs one of the project's scripts (`scripts/build.ts`, `scripts/validate.ts`, ...) in a Node
// process of its own, the way `npm run` does, and captures what it printed. Used by the tests
// that run commands end to end and by the benchmark.
import { spawn } from 'node:child_process';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');

interface ScriptOptions {
  /** The project by default. */
  cwd?: string;
  /** Added to this process's environment. */
  env?: Record<string, string | undefined>;
  /** Node's own options before the script, e.g. `['--import', preload]`. */
  nodeArgs?: string[];
}

/**
 * Runs `script` (relative to the project, or absolute) on this process's Node and resolves when
 * it ends, whatever its exit code. Its stdin is empty, so a question gets end-of-input, never hangs.
 */
export function runScript(script: string, args: string[] = [], options: ScriptOptions = {}) {
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
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  return new Promise<{ code: number | null; stdout: string; stderr: string; wallMs: number }>(
    (resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) =>
        resolve({ code, stdout, stderr, wallMs: performance.now() - started }),
      );
    },
  );
}
