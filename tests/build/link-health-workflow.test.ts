import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

interface Step {
  name: string;
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: { links: { steps: Step[]; permissions?: Record<string, string>; env?: object } };
}

const workflow = load(
  await readFile(path.resolve('.github/workflows/link-health.yml'), 'utf8'),
) as Workflow;
const step = (name: string) => workflow.jobs.links.steps.find((each) => each.name === name)!;

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'karmada-link-health-'));
  // Stand-ins for npm and gh: each logs how it was called; npm exits with NPM_STATUS and gh
  // answers "issue list" with OPEN_ISSUE.
  await writeFile(
    path.join(temp, 'npm'),
    '#!/bin/sh\necho "npm $*" >> "$LOG"\nexit "$NPM_STATUS"\n',
  );
  await writeFile(
    path.join(temp, 'gh'),
    '#!/bin/sh\necho "gh $*" >> "$LOG"\nif [ "$1 $2" = "issue list" ]; then echo "$OPEN_ISSUE"; fi\n',
  );
  await chmod(path.join(temp, 'npm'), 0o755);
  await chmod(path.join(temp, 'gh'), 0o755);
});
afterAll(() => rm(temp, { recursive: true, force: true }));

/** Runs one step's script as Actions would (bash -e), with the stand-ins first on PATH. */
async function runStep(name: string, env: Record<string, string>) {
  const log = path.join(temp, `${name.length}-${Math.random()}.log`);
  await writeFile(log, '');
  const output = path.join(temp, 'output');
  await writeFile(output, '');
  let code = 0;
  try {
    await run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step(name).run!], {
      env: {
        PATH: `${temp}:${process.env.PATH}`,
        LOG: log,
        RUNNER_TEMP: temp,
        GITHUB_OUTPUT: output,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_RUN_ID: '7',
        NPM_STATUS: '0',
        OPEN_ISSUE: '',
        ...env,
      },
    });
  } catch (error) {
    code = (error as { code: number }).code;
  }
  return {
    code,
    calls: (await readFile(log, 'utf8')).trim().split('\n').filter(Boolean),
    output: await readFile(output, 'utf8'),
  };
}

describe('the link health workflow', () => {
  it('runs weekly and by hand, never on pull requests, with pinned actions', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.links.permissions).toEqual({ contents: 'read', issues: 'write' });
    for (const { uses } of workflow.jobs.links.steps.filter((each) => each.uses)) {
      expect(uses).toMatch(/@[0-9a-f]{40}$/);
    }
  });

  it('gives the token only to the step that writes the issue, not to the checker that visits partner sites', () => {
    expect(workflow.jobs.links.env).toBeUndefined();
    const holders = workflow.jobs.links.steps.filter((each) =>
      JSON.stringify(each).includes('github.token'),
    );
    expect(holders.map((each) => each.name)).toEqual([
      'Open, update or close the link health issue',
    ]);
    expect(holders[0].env?.GH_TOKEN).toBe('${{ github.token }}');
  });

  it('passes the checker status on, and fails only when the checker itself failed', async () => {
    const check = 'Check every published link';
    for (const [status, code] of [
      ['0', 0],
      ['1', 0],
      ['2', 2],
    ] as const) {
      const result = await runStep(check, { NPM_STATUS: status });
      expect(result.code).toBe(code);
      expect(result.output).toBe(`status=${status}\n`);
      expect(result.calls).toEqual([`npm run check-links -- --markdown ${temp}/link-report.md`]);
    }
  });

  const issueStep = 'Open, update or close the link health issue';
  const label =
    'gh label create link-health --force --color d93f0b --description Broken links in published partner records (weekly check)';
  const list =
    'gh issue list --label link-health --state open --limit 1 --json number --jq .[0].number // empty';

  it('opens one issue when links break and none is open', async () => {
    const result = await runStep(issueStep, { STATUS: '1' });
    expect(result.calls).toEqual([
      label,
      list,
      `gh issue create --title Broken links in partner records --label link-health --body-file ${temp}/link-report.md`,
    ]);
  });

  it('updates the open issue instead of opening another', async () => {
    const result = await runStep(issueStep, { STATUS: '1', OPEN_ISSUE: '42' });
    expect(result.calls).toEqual([
      label,
      list,
      `gh issue edit 42 --body-file ${temp}/link-report.md`,
    ]);
  });

  it('closes the open issue once every link works, and does nothing when none is open', async () => {
    const fixed = await runStep(issueStep, { STATUS: '0', OPEN_ISSUE: '42' });
    expect(fixed.calls).toEqual([
      label,
      list,
      'gh issue close 42 --comment Every published link works again ([run](https://github.com/o/r/actions/runs/7)).',
    ]);
    const quiet = await runStep(issueStep, { STATUS: '0' });
    expect(quiet.calls).toEqual([label, list]);
  });
});
