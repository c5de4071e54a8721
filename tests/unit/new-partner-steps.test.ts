// Each step of `npm run new-partner` alone, on a context made here: a mocked prompt, streams
// that collect the output, no process and no network (create-astro's test-utils, for this command).
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { projectConfig as siteConfig, siteConfigFrom } from '../support/site-config.ts';
import type { SiteConfig } from '../../src/config/site-config.ts';
import { parseNewPartnerArgs, usage, type Context } from '../../src/intake/context.ts';
import { applyFlags } from '../../src/intake/steps/apply-flags.ts';
import { ask, fieldsToAsk } from '../../src/intake/steps/ask.ts';
import { assemble, check } from '../../src/intake/steps/check.ts';
import { fetchLogo } from '../../src/intake/steps/fetch-logo.ts';
import { readIssue } from '../../src/intake/steps/read-issue.ts';
import type { Prompter } from '../../src/intake/terminal-prompter.ts';
import { UsageError } from '../../src/core/command-line.ts';

const otherSite = (): SiteConfig => siteConfigFrom('tests/fixtures/other-site/site.config.yaml');

/** A prompt that answers from a list and remembers every question; it fails on one too many. */
function mockPrompt(answers: string[] = []): Prompter & { asked: string[]; said: string[] } {
  const asked: string[] = [];
  const said: string[] = [];
  return {
    asked,
    said,
    async ask(question) {
      asked.push(question);
      const answer = answers.shift();
      if (answer === undefined) throw new Error(`asked one question too many: ${question}`);
      return answer;
    },
    say: (line) => void said.push(line),
    close() {},
  };
}

const collect = () => {
  const sink = Object.assign(
    new Writable({ write: (chunk, _, done) => (void (sink.text += String(chunk)), done()) }),
    { text: '' },
  );
  return sink;
};

const roots: string[] = [];
afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

/** A context as createContext makes it, for a folder of its own; `args` are the flags. */
async function context(args: string[] = [], more: Partial<Context> = {}) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'karmada-new-partner-steps-'));
  roots.push(root);
  await mkdir(path.join(root, 'partners'));
  const config = more.config ?? siteConfig;
  const ctx = {
    config,
    options: parseNewPartnerArgs(args, config),
    cwd: path.resolve('tests/fixtures/issues'),
    dir: path.join(root, 'partners'),
    today: '2026-11-25',
    env: {},
    issueRepo: 'octo-org/community',
    timeoutMs: 1000,
    prompt: mockPrompt(),
    terminal: false,
    draft: {},
    origins: {},
    problems: [],
    ...more,
    stdout: collect(),
    stderr: collect(),
  } satisfies Context;
  return ctx;
}

describe('the flags, from the configuration', () => {
  it("derive --description-<code> from the site's other languages", () => {
    expect(parseNewPartnerArgs(['--description-zh', '中文'], siteConfig).texts.description).toEqual(
      {
        zh: '中文',
      },
    );
    expect(() => parseNewPartnerArgs(['--description-zh', '中文'], otherSite())).toThrow(
      new UsageError("Unknown option '--description-zh'"),
    );
    expect(usage(siteConfig, 'o/r')).toContain(
      '--name, --website, --description, --description-zh, --usage, --usage-zh, --email',
    );
    expect(usage(otherSite(), 'o/r')).toContain(
      '--name, --website, --description, --usage, --email',
    );
    expect(usage(otherSite(), 'o/r')).toContain(
      '--program LIST       certified-provider, training-partner, end-user (default certified-provider)',
    );
  });
});

describe('applyFlags', () => {
  it('takes each flag into the draft, checked, with where it came from', async () => {
    const ctx = await context([
      '--name',
      ' Acme ',
      '--website',
      'acme.example',
      '--github',
      '@octo',
    ]);
    expect(await applyFlags(ctx)).toBeUndefined();
    expect(ctx.draft).toEqual({
      name: 'Acme',
      website: 'https://acme.example/',
      contact: { github: 'octo' },
    });
    expect(ctx.origins.website).toEqual({ file: 'new-partner', hint: 'correct --website' });
    expect(ctx.stdout.text).toBe(
      'new-partner --website: took acme.example as https://acme.example/\n',
    );
  });

  it('reports every wrong flag under its own name and stops with exit 2', async () => {
    const ctx = await context([
      '--description-zh',
      'x'.repeat(401),
      '--email',
      'nope',
      '--regions',
      'mars',
    ]);
    expect(await applyFlags(ctx)).toBe(2);
    expect(ctx.stderr.text).toContain(
      'new-partner error --description-zh: must be at most 400 characters (got 401 characters)',
    );
    expect(ctx.stderr.text).toContain('new-partner error --email: must be a valid e-mail address');
    expect(ctx.stderr.text).toContain('new-partner error --regions: must be one of');
    expect(ctx.draft).toEqual({});
  });
});

describe('readIssue', () => {
  it('puts the issue under the flags already in the draft, and notes only what no flag replaced', async () => {
    const ctx = await context(['--from-issue', 'chinese-applicant.md']);
    ctx.draft.website = 'https://angstrom.example/en/';
    ctx.origins.website = { file: 'new-partner', hint: 'correct --website' };
    await readIssue(ctx);
    expect(ctx.issue?.form).toBe('first');
    expect(ctx.issue?.online).toBe(false);
    expect(ctx.draft.website).toBe('https://angstrom.example/en/');
    expect(ctx.draft.name).toBe('Ångström Cloud GmbH');
    expect(ctx.origins.website?.file).toBe('new-partner');
    expect(ctx.origins.name?.file).toBe('chinese-applicant.md');
    expect(ctx.stdout.text).toBe(''); // the note on the bare domain is for the answer the flag replaced
  });

  it('does nothing without --issue or --from-issue', async () => {
    const ctx = await context();
    await readIssue(ctx);
    expect(ctx.issue).toBeUndefined();
  });
});

describe('fetchLogo', () => {
  it('never downloads from an issue read from a file, and says how to give the logo', async () => {
    const ctx = await context(['--from-issue', 'clean.md']);
    await readIssue(ctx);
    await fetchLogo(ctx);
    expect(ctx.draft.logo).toBeUndefined();
    expect(ctx.problems).toEqual([]);
    expect(ctx.origins.logo?.hint).toMatch(
      /^the application links to its logo: pass --logo-url https:\/\/github\.com\//,
    );
  });

  it('reports a download that fails as the problem of --logo-url', async () => {
    const ctx = await context(['--logo-url', 'ftp://acme.example/logo.png']);
    await fetchLogo(ctx);
    expect(ctx.problems).toEqual([
      expect.objectContaining({
        file: 'new-partner',
        field: '--logo-url',
        message: '"ftp://acme.example/logo.png" is not a web address',
      }),
    ]);
  });
});

describe('ask', () => {
  const complete = {
    name: 'Acme',
    website: 'https://acme.example/',
    description: { en: 'Acme runs Karmada.' },
    services: ['support'],
    contact: { email: 'ops@acme.example' },
    logo: { source: 'logo.png', format: 'png' as const, bytes: new Uint8Array() },
  };

  it('asks nothing without a terminal when every required answer is there', async () => {
    const ctx = await context([], { draft: { ...complete } });
    expect(fieldsToAsk(ctx)).toEqual([]);
    await ask(ctx);
    expect((ctx.prompt as ReturnType<typeof mockPrompt>).asked).toEqual([]);
  });

  it('asks for the rest from piped answers when a required one is missing', async () => {
    const ctx = await context([], { draft: { ...complete, name: undefined } });
    expect(fieldsToAsk(ctx)).toContain('name');
  });

  it("in a terminal, asks for the optional texts in each of the site's other languages", async () => {
    const prompt = mockPrompt(['community-partner', '我们运行 Karmada。', '']);
    const ctx = await context([], {
      draft: { ...complete, programs: undefined },
      prompt,
      terminal: true,
    });
    await ask(ctx);
    expect(prompt.asked).toEqual([
      'Programs, comma-separated (community-partner, adopter) [community-partner]: ',
      'Description in Chinese (optional, Enter to skip): ',
      'Regions, comma-separated (global, americas, europe, middle-east-africa, asia-pacific, china) (optional, Enter to skip): ',
    ]);
    expect(ctx.draft.description).toEqual({ en: 'Acme runs Karmada.', zh: '我们运行 Karmada。' });
  });

  it('asks an English-only site for no Chinese text', async () => {
    const prompt = mockPrompt(['Nimbus runs the mesh for you.', '']);
    const ctx = await context([], {
      config: otherSite(),
      draft: { ...complete, programs: ['certified-provider'], description: undefined },
      prompt,
      terminal: true,
    });
    await ask(ctx);
    expect(prompt.asked).toEqual([
      'Description in English, plain text, at most 400 characters: ',
      'Regions, comma-separated (worldwide, north, south) (optional, Enter to skip): ',
    ]);
  });

  it('with an issue in a terminal, asks only what the first form cannot give', async () => {
    const prompt = mockPrompt(['support', '']);
    const ctx = await context(['--from-issue', 'clean.md'], { prompt, terminal: true });
    await readIssue(ctx);
    await ask(ctx);
    expect(prompt.asked).toEqual([
      'Services, comma-separated (support, consulting, training, cloud-service, distribution, other): ',
      'Regions, comma-separated (global, americas, europe, middle-east-africa, asia-pacific, china) (optional, Enter to skip): ',
    ]);
    expect(ctx.draft.services).toEqual(['support']);
  });
});

describe('assemble and check', () => {
  it('refuses a first-form application without services as a flag to add (exit 2), writing nothing', async () => {
    const ctx = await context(['--from-issue', 'clean.md', '--logo', '../logos/neen.png']);
    await applyFlags(ctx);
    await readIssue(ctx);
    await assemble(ctx);
    expect(ctx.id).toBe('acme-cloud');
    expect(ctx.record?.programs).toEqual(['community-partner']);
    expect(ctx.record?.since).toBe('2026-11-25');
    expect(await check(ctx as Parameters<typeof check>[0])).toBe(2);
    expect(ctx.stderr.text).toContain(
      'new-partner error services: is required for community partners; the application form does not ask for services: add --services with',
    );
  });

  it('passes a complete record, warning when no region is given', async () => {
    const ctx = await context([
      '--from-issue',
      'clean.md',
      '--logo',
      '../logos/neen.png',
      '--services',
      'support',
    ]);
    await applyFlags(ctx);
    await readIssue(ctx);
    await assemble(ctx);
    expect(await check(ctx as Parameters<typeof check>[0])).toBeUndefined();
    expect(ctx.stderr.text).toBe('');
    expect(ctx.stdout.text).toContain(
      'new-partner warning regions: none given, so no region filter finds the organization',
    );
  });
});
