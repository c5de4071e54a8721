import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { logoCacheDir } from '../../src/logos/logo-cache.ts';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: { pull_request?: unknown; push?: { branches?: string[] } };
  jobs: Record<string, { container?: string; permissions?: object; steps: Step[] }>;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
let workflow: Workflow;
let steps: Step[];
const commands = (script: string) =>
  script
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^(npm|apt-get) /.test(line));
const indexOf = (match: (step: Step) => boolean) => {
  const index = steps.findIndex(match);
  expect(index, 'step missing').toBeGreaterThanOrEqual(0);
  return index;
};
const usesAction = (action: string) => (step: Step) => step.uses?.startsWith(`${action}@`) ?? false;
const runs = (command: string) => (step: Step) =>
  (step.run ?? '').split('\n').some((line) => line.trim().startsWith(command));

beforeAll(async () => {
  workflow = load(await readFile(path.join(ROOT, '.github/workflows/ci.yml'), 'utf8')) as Workflow;
  steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
});

afterAll(() => {
  vi.unstubAllEnvs();
});

describe('the GitHub Actions workflow', () => {
  it('runs in a container pinned by digest, with read-only permissions and no kept credentials', () => {
    const [job] = Object.values(workflow.jobs);
    expect(job.container).toMatch(/^node:22-bookworm@sha256:[0-9a-f]{64}$/);
    expect(job.permissions).toEqual({ contents: 'read' });
    expect(steps.find(usesAction('actions/checkout'))?.with).toMatchObject({
      'persist-credentials': false,
    });
  });

  it('runs on pull requests and on pushes to main', () => {
    expect(workflow.on).toHaveProperty('pull_request');
    expect(workflow.on.push?.branches).toContain('main');
  });

  it('pins every action to an exact version', () => {
    const used = steps.flatMap((step) => (step.uses ? [step.uses] : []));
    expect(used.length).toBeGreaterThanOrEqual(4);
    for (const action of used) expect(action).toMatch(/@(v\d+\.\d+\.\d+|[0-9a-f]{40})$/);
  });

  it('checks out, sets up Node 22 with the npm cache, installs, then restores the logo cache', () => {
    const checkout = indexOf(usesAction('actions/checkout'));
    const setupNode = indexOf(usesAction('actions/setup-node'));
    const install = indexOf(runs('npm ci'));
    const cache = indexOf(usesAction('actions/cache'));
    expect([checkout, setupNode, install, cache]).toEqual(
      [...[checkout, setupNode, install, cache]].sort((a, b) => a - b),
    );
    expect(steps[setupNode].with).toMatchObject({ 'node-version': 22, cache: 'npm' });
    // The folder the build really uses (without LOGO_CACHE_DIR), keyed on what decides its content.
    vi.stubEnv('LOGO_CACHE_DIR', '');
    expect(steps[cache].with?.path).toBe(path.relative(ROOT, logoCacheDir(ROOT)));
    expect(steps[cache].with?.key).toMatch(/hashFiles\('partners\/\*\*.*'src\/logos\/\*\*'\)/);
  });

  it('runs the same commands as .ci/run, in the same order', async () => {
    const ciRun = commands(await readFile(path.join(ROOT, '.ci/run'), 'utf8'));
    const npmSteps = ciRun
      .filter((command) => command.startsWith('npm '))
      .map((command) =>
        command
          .split(' ')
          .slice(0, command.startsWith('npm run') ? 3 : 2)
          .join(' '),
      );
    expect(npmSteps).toEqual([
      'npm ci',
      'npm run format:check',
      'npm run typecheck',
      'npm run validate',
      'npm run build',
      'npm run check-html',
      'npm test',
    ]);
    const positions = npmSteps.map((command) => indexOf(runs(command)));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));

    const packages = (line: string | undefined) =>
      (line ?? '')
        .split(/\s+/)
        .filter((word) => /^[a-z][a-z0-9-]+$/.test(word) && !['apt-get', 'install'].includes(word));
    const workflowInstall = steps
      .flatMap((step) => commands(step.run ?? ''))
      .find((command) => command.startsWith('apt-get install'));
    expect(packages(workflowInstall)).toEqual(
      packages(ciRun.find((command) => command.startsWith('apt-get install'))),
    );
    expect(packages(workflowInstall)).toEqual([
      'chromium',
      'fonts-noto-cjk',
      'default-jre-headless',
    ]);
  });

  it('keeps the built site as an artifact whenever the build succeeded', () => {
    const build = indexOf(runs('npm run build'));
    const upload = indexOf(usesAction('actions/upload-artifact'));
    expect(upload).toBeGreaterThan(build);
    expect(steps[upload].with?.path).toBe('dist/');
    expect(steps[upload].if).toContain(`steps.${steps[build].id}.outcome == 'success'`);
  });
});
