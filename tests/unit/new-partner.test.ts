import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadPartners } from '../../src/data/load-partners.ts';
import { listAnswer } from '../../src/intake/list-answer.ts';
import { newPartner } from '../../src/intake/new-partner.ts';
import { PROGRAM_IDS, REGION_IDS, SERVICE_IDS } from '../../src/intake/project-config.ts';
import { projectConfig } from '../support/site-config.ts';

// A real applicant's logo (Neen S.p.A's, from karmada.io), kept in the repository so CI has it.
const REAL_LOGO = path.resolve('tests/fixtures/logos/neen.png');
const ISSUES = path.resolve('tests/fixtures/issues');

const roots: string[] = [];

/** A maintainer's folder of its own: partners/, a downloaded logo (no extension, as GitHub serves it) and the issue fixtures. */
async function workspace(files: Record<string, string> = {}): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'karmada-new-partner-'));
  roots.push(root);
  await mkdir(path.join(root, 'partners'));
  await copyFile(REAL_LOGO, path.join(root, 'logo-download'));
  for (const fixture of await readdir(ISSUES))
    await copyFile(path.join(ISSUES, fixture), path.join(root, fixture));
  for (const [name, content] of Object.entries(files))
    await writeFile(path.join(root, name), content);
  return root;
}

/** Runs the command in `root` as `npm run new-partner -- ...args`, answers piped on stdin. */
async function newPartnerIn(
  root: string,
  args: string[],
  answers?: string,
  options: { tty?: boolean } = {},
) {
  const stdin = Object.assign(new PassThrough(), { isTTY: options.tty });
  if (answers !== undefined) stdin.end(answers);
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void) =>
    new Writable({ write: (chunk, _, done) => (append(String(chunk)), done()) });
  const code = await newPartner(args, {
    stdin,
    stdout: sink((text) => (stdout += text)),
    stderr: sink((text) => (stderr += text)),
    cwd: root,
    projectRoot: root,
    today: '2026-11-25',
    issueRepo: 'octo-org/community',
  });
  return { code, stdout, stderr };
}

const partnersIn = async (root: string) => (await readdir(path.join(root, 'partners'))).sort();
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at /m);

beforeAll(async () => {
  // The validator run at the end normalizes the logo: keep its cache out of the project.
  const cache = await mkdtemp(path.join(os.tmpdir(), 'karmada-new-partner-cache-'));
  roots.push(cache);
  vi.stubEnv('LOGO_CACHE_DIR', cache);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
});

describe('npm run new-partner -- --from-issue', () => {
  it('writes the record and its logo from an application issue, then validates them', async () => {
    const root = await workspace();
    const result = await newPartnerIn(root, [
      '--from-issue',
      'clean.md',
      '--logo',
      'logo-download',
      '--services',
      'support,cloud-service',
      '--regions',
      'europe',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await partnersIn(root)).toEqual(['acme-cloud.png', 'acme-cloud.yaml']);
    expect(await readFile(path.join(root, 'partners/acme-cloud.yaml'), 'utf8')).toBe(
      [
        '# yaml-language-server: $schema=../schema/partner.schema.json',
        'name: Acme Cloud',
        'website: https://acme.example/',
        'programs: [community-partner]',
        'logo: acme-cloud.png',
        'description:',
        '  en: Managed Karmada control planes and 24x7 support for multi-cluster fleets.',
        'services: [support, cloud-service]',
        'regions: [europe]',
        'contact:',
        '  email: partners@acme.example',
        "since: '2026-11-25'",
        '',
      ].join('\n'),
    );
    expect(await readFile(path.join(root, 'partners/acme-cloud.png'))).toEqual(
      await readFile(REAL_LOGO),
    );
    expect(result.stdout).toContain('wrote partners/acme-cloud.yaml and partners/acme-cloud.png\n');
    expect(result.stdout).toContain(
      'partners/acme-cloud.yaml:7:3 warning description: has no Chinese text',
    );
    expect(result.stdout.trim().split('\n').at(-1)).toBe('1 record checked: 0 errors, 1 warning');
    const loaded = await loadPartners(path.join(root, 'partners'), projectConfig, root);
    expect(loaded.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(loaded.records.map((record) => record.id)).toEqual(['acme-cloud']);
  });

  it('writes a record from an issue of the generated form with no flag but the logo', async () => {
    const root = await workspace();
    const result = await newPartnerIn(root, [
      '--from-issue',
      'generated-form.md',
      '--logo',
      'logo-download',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await readFile(path.join(root, 'partners/zhongyun-cloud.yaml'), 'utf8')).toBe(
      [
        '# yaml-language-server: $schema=../schema/partner.schema.json',
        'name: 中云科技 Zhongyun Cloud',
        'website: https://zhongyun.example/',
        'programs: [community-partner]',
        'logo: zhongyun-cloud.png',
        'description:',
        '  en: Karmada consulting and training for enterprises running multi-cluster fleets in China.',
        '  zh: 面向企业的 Karmada 多集群咨询与培训服务。',
        'services: [consulting, training, other]',
        'regions: [china, asia-pacific]',
        'contact:',
        '  email: partners@zhongyun.example',
        "since: '2026-11-25'",
        '',
      ].join('\n'),
    );
    expect(result.stdout.trim().split('\n').at(-1)).toBe('1 record checked: 0 errors, 0 warnings');
  });

  it("names the generated form's question when a required answer is missing (exit 1, not a usage error)", async () => {
    const body = (await readFile(path.join(ISSUES, 'generated-form.md'), 'utf8')).replace(
      'Consulting, Training, Other services',
      '_No response_',
    );
    const root = await workspace({ 'no-services.md': body });
    const result = await newPartnerIn(root, [
      '--from-issue',
      'no-services.md',
      '--logo',
      'logo-download',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'no-services.md error services: is required for community partners; no-services.md does not answer "Services": pass --services a,b\n',
    );
    expect(await partnersIn(root)).toEqual([]);
  });

  it('turns a messy application into a clean record: link name, docs website, login and e-mail together', async () => {
    const root = await workspace();
    const result = await newPartnerIn(root, [
      '--from-issue',
      'messy.md',
      '--logo',
      'logo-download',
      '--services',
      'Consulting',
      '--since',
      '2025-03-01',
    ]);
    expect(result.code).toBe(0);
    const yaml = await readFile(path.join(root, 'partners/acme-cloud.yaml'), 'utf8');
    expect(yaml).toContain('website: https://docs.acme.example/karmada/\n');
    expect(yaml).toContain(
      '  en: Managed Karmada control planes and 24x7 support, see our docs.\n',
    );
    expect(yaml).toContain('contact:\n  email: ops@acme.example\n  github: octocat\n');
    expect(yaml).toContain("since: '2025-03-01'\n");
    expect(result.stdout).toContain('new-partner warning regions: none given');
  });

  it('lets a flag correct an answer, and an adopter needs no logo or services', async () => {
    const root = await workspace();
    const result = await newPartnerIn(root, [
      '--from-issue',
      'missing-sections.md',
      '--program',
      'adopter',
      '--website',
      'https://gamma.example/en/',
    ]);
    expect(result.code).toBe(0);
    expect(await partnersIn(root)).toEqual(['gamma-systems.yaml']);
    expect(await readFile(path.join(root, 'partners/gamma-systems.yaml'), 'utf8')).toContain(
      'website: https://gamma.example/en/\nprograms: [adopter]\n',
    );
  });

  it('refuses an application left blank, naming every missing answer, and writes nothing', async () => {
    const root = await workspace();
    const result = await newPartnerIn(root, [
      '--from-issue',
      'no-response.md',
      '--services',
      'support',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'no-response.md error name: is required; no-response.md does not answer "Org or company name": pass --name "..."\n',
    );
    expect(result.stderr).toContain(
      'no-response.md error website: is required; no-response.md does not answer "Org or company Website": pass --website https://...\n',
    );
    expect(result.stderr).toContain(
      'new-partner error logo: is required for community partners; the application has no logo: ask the applicant for an SVG or PNG and pass --logo PATH\n',
    );
    expect(result.stderr).toContain(
      'no-response.md error description: is required for community partners; no-response.md does not answer "Org or company description"',
    );
    expect(result.stderr).toContain(
      'no-response.md error contact: is required for community partners; no-response.md does not answer "Contact me": pass --email ADDRESS or --github LOGIN\n',
    );
    // No name, so no file name either: saying so again would only repeat the name's error.
    expect(result.stderr).not.toContain('error id:');
    expect(result.stderr.trim().split('\n').at(-1)).toBe(
      'Nothing was written: fix the 5 problems above and run the command again.',
    );
    noStackTrace(result.stderr);
    expect(await partnersIn(root)).toEqual([]);
  });

  it('keeps a Chinese-only description as zh and asks for the English text with --description (exit 2)', async () => {
    const root = await workspace();
    const result = await newPartnerIn(root, [
      '--from-issue',
      'chinese-applicant.md',
      '--logo',
      'logo-download',
      '--services',
      'support',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'chinese-applicant.md:7:1 error description.en: is required; the answer to "Org or company description" is in Chinese, so it is kept as description.zh: add the English text with --description "..."\n' +
        'Nothing was written: fix the problem above and run the command again.\n',
    );
    expect(await partnersIn(root)).toEqual([]);
  });

  it('writes a Chinese application once the English text is given: no link in the name, the bare domain as https', async () => {
    const root = await workspace();
    const args = [
      '--from-issue',
      'chinese-applicant.md',
      '--logo',
      'logo-download',
      '--services',
      'support',
      '--regions',
      'china',
      '--description',
      'A multi-cloud container platform built on Karmada.',
    ];
    const result = await newPartnerIn(root, args);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'chinese-applicant.md:11:1 website: took angstrom.example as https://angstrom.example/\n',
    );
    expect(await partnersIn(root)).toEqual(['angstrom-cloud-gmbh.png', 'angstrom-cloud-gmbh.yaml']);
    const yaml = await readFile(path.join(root, 'partners/angstrom-cloud-gmbh.yaml'), 'utf8');
    expect(yaml).toContain('name: Ångström Cloud GmbH\nwebsite: https://angstrom.example/\n');
    expect(yaml).toContain(
      'description:\n  en: A multi-cloud container platform built on Karmada.\n  zh: 基于 Karmada 的多云容器平台，为企业提供多集群应用分发与故障迁移。\n',
    );
    expect(result.stdout.trim().split('\n').at(-1)).toBe('1 record checked: 0 errors, 0 warnings');
  });

  it('asks for the English text of a Chinese-only description when run in a terminal', async () => {
    const root = await workspace();
    const answers = ['A multi-cloud container platform built on Karmada.', 'support', 'china'];
    const result = await newPartnerIn(
      root,
      ['--from-issue', 'chinese-applicant.md', '--logo', 'logo-download'],
      answers.join('\n') + '\n',
      { tty: true },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Description in English, plain text, at most 400 characters: ');
    expect(result.stdout).not.toContain('Description in Chinese');
    const yaml = await readFile(path.join(root, 'partners/angstrom-cloud-gmbh.yaml'), 'utf8');
    expect(yaml).toContain(
      '  en: A multi-cloud container platform built on Karmada.\n  zh: 基于 Karmada',
    );
  });

  it('without --logo, points at the logo the application links to', async () => {
    const root = await workspace();
    const result = await newPartnerIn(root, ['--from-issue', 'clean.md', '--services', 'support']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'new-partner error logo: is required for community partners; the application links to its logo: pass --logo-url https://github.com/user-attachments/assets/0b9e4c1a-7d2f-4e8b-9a51-3c6f2d8e1f00, or --logo PATH for a copy you downloaded\n',
    );
    expect(await partnersIn(root)).toEqual([]);
  });

  it('points at the line of the issue whose answer breaks a rule', async () => {
    const root = await workspace({
      'bad-website.md': (await readFile(path.join(ISSUES, 'clean.md'), 'utf8')).replace(
        'https://acme.example/',
        'ftp://acme.example/',
      ),
    });
    const result = await newPartnerIn(root, [
      '--from-issue',
      'bad-website.md',
      '--logo',
      'logo-download',
      '--services',
      'support',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'bad-website.md:11:1 error website: must be an absolute https URL (got "ftp://acme.example/"); write the full address, e.g. https://example.com/\n',
    );
  });

  it('refuses a community partner without --services (exit 2), saying which flag to add', async () => {
    const root = await workspace();
    const result = await newPartnerIn(root, [
      '--from-issue',
      'clean.md',
      '--logo',
      'logo-download',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'new-partner error services: is required for community partners; the application form does not ask for services: add --services with one or more of support, consulting, training, cloud-service, distribution, other, comma-separated\n',
    );
    expect(await partnersIn(root)).toEqual([]);
  });

  it('asks for the services instead when run in a terminal', async () => {
    const root = await workspace();
    const result = await newPartnerIn(
      root,
      ['--from-issue', 'clean.md', '--logo', 'logo-download'],
      'training\nasia-pacific, china\n',
      { tty: true },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Services, comma-separated (support, consulting, training, cloud-service, distribution, other): ',
    );
    const yaml = await readFile(path.join(root, 'partners/acme-cloud.yaml'), 'utf8');
    expect(yaml).toContain('services: [training]\nregions: [asia-pacific, china]\n');
  });

  it('never overwrites an existing record or logo, naming the file', async () => {
    const root = await workspace();
    const args = ['--from-issue', 'clean.md', '--logo', 'logo-download', '--services', 'support'];
    await writeFile(path.join(root, 'partners/acme-cloud.yaml'), 'name: Kept\n');
    const record = await newPartnerIn(root, args);
    expect(record.code).toBe(1);
    expect(record.stderr).toContain(
      'partners/acme-cloud.yaml error already exists, and new-partner never overwrites a file; edit the existing record, or pass --id to choose another file name\n',
    );
    expect(await readFile(path.join(root, 'partners/acme-cloud.yaml'), 'utf8')).toBe(
      'name: Kept\n',
    );
    expect(await partnersIn(root)).toEqual(['acme-cloud.yaml']);

    const other = await workspace();
    await writeFile(path.join(other, 'partners/acme-cloud.png'), 'kept');
    const logo = await newPartnerIn(other, args);
    expect(logo.code).toBe(1);
    expect(logo.stderr).toContain('partners/acme-cloud.png error already exists');
    expect(await partnersIn(other)).toEqual(['acme-cloud.png']);
    expect(await readFile(path.join(other, 'partners/acme-cloud.png'), 'utf8')).toBe('kept');
  });

  it('refuses a file name the site keeps for its own pages, writing nothing', async () => {
    const root = await workspace();
    const args = ['--from-issue', 'clean.md', '--logo', 'logo-download', '--services', 'support'];
    const result = await newPartnerIn(root, [...args, '--id', 'programs']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'new-partner error id: "programs" is reserved: /partners/programs/ holds the site\'s own pages',
    );
    expect(await partnersIn(root)).toEqual([]);
  });

  it('refuses an organization already listed under another file name', async () => {
    const root = await workspace();
    await writeFile(
      path.join(root, 'partners/acme.yaml'),
      'name: Acme Inc\nwebsite: https://www.acme.example\nprograms: [adopter]\n',
    );
    const result = await newPartnerIn(root, [
      '--from-issue',
      'clean.md',
      '--logo',
      'logo-download',
      '--services',
      'support',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'clean.md:11:1 error website: is the same website as in partners/acme.yaml; the organization is already listed: update partners/acme.yaml instead\n',
    );
    expect(await partnersIn(root)).toEqual(['acme.yaml']);
  });

  it('refuses an unsafe SVG before writing anything, naming only the new record', async () => {
    const root = await workspace({
      'unsafe.svg':
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>alert(1)</script><rect width="10" height="10"/></svg>',
    });
    await writeFile(path.join(root, 'partners/broken.yaml'), 'name: [unclosed\n');
    const result = await newPartnerIn(root, [
      '--from-issue',
      'clean.md',
      '--logo',
      'unsafe.svg',
      '--services',
      'support',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'new-partner error logo: "unsafe.svg" is an unsafe SVG: it contains a <script> element; export a plain SVG without scripts, embedded documents or links to other files\n',
    );
    expect(result.stderr).toContain('Nothing was written');
    expect(result.stdout).not.toContain('wrote');
    expect(result.stderr).not.toContain('broken.yaml');
    expect(await partnersIn(root)).toEqual(['broken.yaml']);
  });
});

describe('npm run new-partner (by hand)', () => {
  it('asks for each field, showing the allowed values, and re-asks until the answer is valid', async () => {
    const root = await workspace();
    const answers = [
      'Beta Corp',
      'beta corp dot com', // not a web address
      'beta.example',
      '', // programs: the default, community-partner
      'no-such-file.png',
      'logo-download',
      'We run <b>Karmada</b>', // markup
      'We run Karmada for you.',
      '我们为您运行 Karmada。',
      'suport, training',
      'support, training',
      'europe',
      'not-an-email',
      '',
      '', // neither e-mail nor login: a community partner needs one
      'ops@beta.example',
      '@beta-ops',
    ];
    const result = await newPartnerIn(root, ['--since', '2026-01-05'], answers.join('\n') + '\n');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Programs, comma-separated (community-partner, adopter) [community-partner]: ',
    );
    expect(result.stdout).toContain(
      'Regions, comma-separated (global, americas, europe, middle-east-africa, asia-pacific, china) (optional, Enter to skip): ',
    );
    expect(result.stdout).toContain(
      '  website: must be an absolute https URL (got "beta corp dot com"); write the full address, e.g. https://example.com/\n',
    );
    expect(result.stdout).toContain('  took beta.example as https://beta.example/\n');
    expect(result.stdout).toContain(
      '  logo: "no-such-file.png" does not exist; check the path: it is relative to the folder you run the command in\n',
    );
    expect(result.stdout).toContain(
      '  description.en: must be plain text, without HTML tags (got "We run <b>Karmada</b>")\n',
    );
    expect(result.stdout).toContain(
      '  services[0]: must be one of support, consulting, training, cloud-service, distribution, other (got "suport"); did you mean "support"?\n',
    );
    expect(result.stdout).toContain(
      '  contact.email: must be a valid e-mail address (got "not-an-email"); write an address like partners@example.com\n',
    );
    expect(result.stdout).toContain(
      '  contact: is required for community partners; give an e-mail address or a GitHub login\n',
    );
    expect(await readFile(path.join(root, 'partners/beta-corp.yaml'), 'utf8')).toBe(
      [
        '# yaml-language-server: $schema=../schema/partner.schema.json',
        'name: Beta Corp',
        'website: https://beta.example/',
        'programs: [community-partner]',
        'logo: beta-corp.png',
        'description:',
        '  en: We run Karmada for you.',
        '  zh: 我们为您运行 Karmada。',
        'services: [support, training]',
        'regions: [europe]',
        'contact:',
        '  email: ops@beta.example',
        '  github: beta-ops',
        "since: '2026-01-05'",
        '',
      ].join('\n'),
    );
    expect(result.stdout.trim().split('\n').at(-1)).toBe('1 record checked: 0 errors, 0 warnings');
  });

  it('lets an adopter skip what only community partners need, and skips what flags answer', async () => {
    const root = await workspace();
    const result = await newPartnerIn(
      root,
      ['--program', 'adopter', '--website', 'https://delta.example/'],
      'Delta Bank\n\n\n\n\n\n\n',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('Website');
    expect(await readFile(path.join(root, 'partners/delta-bank.yaml'), 'utf8')).toBe(
      "# yaml-language-server: $schema=../schema/partner.schema.json\nname: Delta Bank\nwebsite: https://delta.example/\nprograms: [adopter]\nsince: '2026-11-25'\n",
    );
  });

  it('reads lists typed with spaces for hyphens, split on commas, or on spaces when there is no comma', async () => {
    const root = await workspace();
    const flags = [
      '--name',
      'Eta Cloud',
      '--website',
      'https://eta.example/',
      '--logo',
      'logo-download',
      '--description',
      'Eta runs Karmada.',
      '--email',
      'ops@eta.example',
    ];
    const answers = [
      'adopter, community partner',
      '',
      'cloud service, Training',
      'asia pacific china',
    ];
    const result = await newPartnerIn(root, flags, answers.join('\n') + '\n');
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toContain('must be one of');
    expect(result.code).toBe(0);
    const yaml = await readFile(path.join(root, 'partners/eta-cloud.yaml'), 'utf8');
    expect(yaml).toContain('programs: [adopter, community-partner]\n');
    expect(yaml).toContain('services: [cloud-service, training]\nregions: [asia-pacific, china]\n');
  });

  it('takes a Chinese answer to the English description as the Chinese one, and asks again for the English', async () => {
    const root = await workspace();
    const flags = [
      '--name',
      'Theta Cloud',
      '--website',
      'https://theta.example/',
      '--program',
      'adopter',
    ];
    const answers = [
      '',
      '基于 Karmada 的多云容器平台',
      'A multi-cloud platform on Karmada.',
      '',
      '',
      '',
      '',
    ];
    const result = await newPartnerIn(root, flags, answers.join('\n') + '\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '  description: that is Chinese, so it is kept as the Chinese text; now give the English text\n',
    );
    expect(await readFile(path.join(root, 'partners/theta-cloud.yaml'), 'utf8')).toContain(
      'description:\n  en: A multi-cloud platform on Karmada.\n  zh: 基于 Karmada 的多云容器平台\n',
    );
  });

  it('takes a bare domain given with --website as https, and says so', async () => {
    const root = await workspace();
    const result = await newPartnerIn(
      root,
      ['--program', 'adopter', '--website', 'zhong.example'],
      'Zhong Cloud\n\n\n\n\n\n\n',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'new-partner --website: took zhong.example as https://zhong.example/\n',
    );
    expect(await readFile(path.join(root, 'partners/zhong-cloud.yaml'), 'utf8')).toContain(
      'website: https://zhong.example/\n',
    );
  });

  it('stops with a usage error when the answers run out', async () => {
    const root = await workspace();
    const result = await newPartnerIn(root, [], 'Epsilon\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'new-partner error the input ended before every question was answered; answer each question on its own line, or give the answers as flags (npm run new-partner -- --help)\n',
    );
    expect(await partnersIn(root)).toEqual([]);
  });

  it('stops on Ctrl+C in a terminal, writing nothing', async () => {
    const root = await workspace();
    const result = await newPartnerIn(root, [], 'Epsilon\n\x03', { tty: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'new-partner error stopped before every question was answered: nothing was written; run the command again when you have the answers\n',
    );
    expect(await partnersIn(root)).toEqual([]);
  });
});

describe('a list typed by hand', () => {
  it.each([
    ['adopter, community partner', ['adopter', 'community-partner'], PROGRAM_IDS],
    ['community partner', ['community-partner'], PROGRAM_IDS],
    ['Community_Partner，adopter', ['community-partner', 'adopter'], PROGRAM_IDS],
    ['support consulting', ['support', 'consulting'], SERVICE_IDS],
    ['cloud service training', ['cloud-service', 'training'], SERVICE_IDS],
    ['middle east africa, asia pacific', ['middle-east-africa', 'asia-pacific'], REGION_IDS],
    ['asia pacific china', ['asia-pacific', 'china'], REGION_IDS],
    ['suport, ', ['suport'], SERVICE_IDS],
  ])('%j → %j', (answer, items, vocabulary) => {
    expect(listAnswer(answer, vocabulary)).toEqual(items);
  });
});

describe('usage errors (exit 2)', () => {
  it.each([
    [['--servics', 'support'], "new-partner error Unknown option '--servics'"],
    [
      ['--issue', '4', '--from-issue', 'clean.md'],
      'new-partner error --issue and --from-issue both name an issue; pass one of them',
    ],
    [
      ['--logo', 'a.png', '--logo-url', 'https://acme.example/a.png'],
      'new-partner error --logo and --logo-url both name a logo; pass one of them',
    ],
    [['--repo', 'a/b'], 'new-partner error --repo is the repository of --issue; pass --issue N'],
    [
      ['--services', 'suport'],
      'new-partner error --services: must be one of support, consulting, training, cloud-service, distribution, other (got "suport"); did you mean "support"?',
    ],
    [
      ['--website', 'acme example'],
      'new-partner error --website: must be an absolute https URL (got "acme example"); write the full address, e.g. https://example.com/',
    ],
    [
      ['--since', '25.11.2026'],
      'new-partner error --since: must be a date written YYYY-MM-DD (got "25.11.2026"); write the date as YYYY-MM-DD, e.g. 2025-03-01',
    ],
    [['--logo', 'clean.md'], 'new-partner error --logo: "clean.md" is not a PNG or SVG image'],
    [
      ['--from-issue', 'nope.md'],
      'new-partner error cannot read the issue file nope.md; save the issue body (Markdown) to a file and pass its path to --from-issue',
    ],
    [
      ['--dir', 'elsewhere'],
      'new-partner error the partners folder elsewhere does not exist; pass --dir with the folder that holds the partner records',
    ],
  ])('%j', async (args, message) => {
    const root = await workspace();
    const result = await newPartnerIn(root, args, '');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    noStackTrace(result.stderr);
    expect(await partnersIn(root)).toEqual([]);
  });

  it('--help prints the usage', async () => {
    const result = await newPartnerIn(await workspace(), ['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('npm run new-partner -- --from-issue FILE');
  });
});
