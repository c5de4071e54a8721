import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { zodProblems } from '../../src/core/zod-problems.ts';
import { projectConfig as siteConfig } from '../support/site-config.ts';
import {
  contactAnswer,
  nameAnswer,
  paragraphAnswer,
  textLocale,
  typedContact,
  websiteAnswer,
} from '../../src/intake/answers.ts';
import { checkAnswer } from '../../src/intake/draft.ts';
import {
  draftFromIssue as readDraft,
  parseIssueForm as parse,
} from '../../src/intake/issue-form.ts';
import { recordSchemaOf } from '../../src/schema/record.ts';

const draftFromIssue = (body: string, file: string) => readDraft(body, file, siteConfig);
const parseIssueForm = (body: string) => parse(body, siteConfig);
// The description an answer gives, under the language it is written in.
const descriptionAnswer = (text: string) => {
  const description = paragraphAnswer(text);
  return { [textLocale(description, ['en', 'zh'])]: description };
};
const checkDescription = (texts: Record<string, string>) =>
  checkAnswer(siteConfig, 'description', texts);
const checkContact = (contact: object) => checkAnswer(siteConfig, 'contact', contact);

const fixture = (name: string) => readFile(`tests/fixtures/issues/${name}.md`, 'utf8');

describe('reading an application issue (community-partner.yml form)', () => {
  it('takes each answer from under its heading, remembering its line', async () => {
    const { answers } = parseIssueForm(await fixture('clean'));
    expect(answers.org_name).toEqual({ text: 'Acme Cloud', position: { line: 3, column: 1 } });
    expect(answers.website_url?.text).toBe('https://acme.example/');
    expect(answers.contact?.text).toBe('partners@acme.example');
  });

  it('reads a clean application into record fields', async () => {
    const { draft, logoLinks } = draftFromIssue(await fixture('clean'), 'issue.md');
    expect(draft).toEqual({
      name: 'Acme Cloud',
      website: 'https://acme.example/',
      description: {
        en: 'Managed Karmada control planes and 24x7 support for multi-cluster fleets.',
      },
      contact: { email: 'partners@acme.example' },
    });
    expect(logoLinks).toEqual([
      'https://github.com/user-attachments/assets/0b9e4c1a-7d2f-4e8b-9a51-3c6f2d8e1f00',
    ]);
  });

  it('copes with messy answers: spacing, Markdown links, an <img> logo, a login and an e-mail together', async () => {
    const { draft, origins, logoLinks } = draftFromIssue(await fixture('messy'), 'issue.md');
    expect(draft).toEqual({
      name: 'Acme Cloud',
      website: 'https://docs.acme.example/karmada/',
      description: { en: 'Managed Karmada control planes and 24x7 support, see our docs.' },
      contact: { email: 'ops@acme.example', github: 'octocat' },
    });
    expect(origins.name?.position).toEqual({ line: 4, column: 4 });
    expect(logoLinks).toEqual([
      'https://github.com/user-attachments/assets/5d1c9a77-2b4e-4f0a-8c3d-7e6f5a4b3c21',
    ]);
  });

  it('reads the same answers from a body with Windows line endings', async () => {
    const lf = draftFromIssue(await fixture('messy'), 'issue.md');
    const crlf = draftFromIssue((await fixture('messy')).replace(/\n/g, '\r\n'), 'issue.md');
    expect(crlf.draft).toEqual(lf.draft);
    expect(crlf.origins.contact?.position).toEqual(lf.origins.contact?.position);
  });

  it('treats _No response_ as no answer, and says which question went unanswered', async () => {
    const { draft, origins, logoLinks } = draftFromIssue(await fixture('no-response'), 'issue.md');
    expect(draft).toEqual({});
    expect(logoLinks).toEqual([]);
    expect(origins.website?.hint).toBe(
      'issue.md does not answer "Org or company Website": pass --website https://...',
    );
  });

  it('takes the website from a name written as a link when the website question is missing', async () => {
    const { draft, origins } = draftFromIssue(await fixture('missing-sections'), 'issue.md');
    expect(draft).toEqual({
      name: 'Gamma Systems',
      website: 'https://gamma.example/',
      contact: { github: 'gamma-ops' },
    });
    expect(origins.website?.position).toEqual({ line: 3, column: 1 });
  });

  it('reads a Chinese application: Chinese description as zh, the name without its link, a bare domain as https', async () => {
    const { draft, origins, notes } = draftFromIssue(
      await fixture('chinese-applicant'),
      'issue.md',
    );
    expect(draft).toEqual({
      name: 'Ångström Cloud GmbH',
      website: 'https://angstrom.example/',
      description: { zh: '基于 Karmada 的多云容器平台，为企业提供多集群应用分发与故障迁移。' },
      contact: { github: 'angstrom-ops' },
    });
    expect(origins.description?.hint).toBe(
      'the answer to "Org or company description" is in Chinese, so it is kept as description.zh: add the English text with --description "..."',
    );
    expect(notes).toEqual([
      {
        file: 'issue.md',
        position: { line: 11, column: 1 },
        field: 'website',
        message: 'took angstrom.example as https://angstrom.example/',
      },
    ]);
  });

  it('keeps a heading that is not a form question inside the answer', () => {
    const { answers } = parseIssueForm(
      '### Org or company description\n\nWe do:\n\n### Consulting\n\nand training\n\n### Contact me\n\nops@acme.example\n',
    );
    expect(answers.org_description?.text).toBe('We do:\n\n### Consulting\n\nand training');
  });
});

describe('one answer into one field', () => {
  it.each([
    ['https://acme.io/', 'https://acme.io/'],
    ['<https://acme.io/products>', 'https://acme.io/products'],
    ['[Acme](https://acme.io)', 'https://acme.io'],
    ['Our site: https://acme.io/en.', 'https://acme.io/en'],
    ['www.acme.io', 'https://www.acme.io/'],
    ['zhong.example', 'https://zhong.example/'],
    ['Our site: www.acme.io/en', 'https://www.acme.io/en'],
    ['[Acme](https://acme.io/a_(b))', 'https://acme.io/a_(b)'],
    ['[Acme][site]\n\n[site]: https://acme.io/', 'https://acme.io/'],
    ['acme', 'acme'],
  ])('website %j → %j', (answer, website) => {
    expect(websiteAnswer(answer).website).toBe(website);
  });

  it('says when it took a bare host name as an https address', () => {
    expect(websiteAnswer('zhong.example')).toEqual({
      website: 'https://zhong.example/',
      note: 'took zhong.example as https://zhong.example/',
    });
    expect(websiteAnswer('https://zhong.example')).toEqual({ website: 'https://zhong.example' });
  });

  it.each([
    ['**Ångström Cloud GmbH** ([website](https://angstrom.example/))', 'Ångström Cloud GmbH'],
    ['Acme Cloud [here](https://acme.io)', 'Acme Cloud'],
    ['Acme Cloud - [Homepage](https://acme.io)', 'Acme Cloud'],
    ['中云科技（[官网](https://zhong.example)）', '中云科技'],
    ['[Acme Cloud](https://acme.io)', 'Acme Cloud'],
    ['Acme Cloud (https://acme.io)', 'Acme Cloud'],
    ['Acme Cloud (Website Solutions)', 'Acme Cloud (Website Solutions)'],
    ['[**Acme** Cloud](https://acme.io)', 'Acme Cloud'],
    ['Acme\\_Cloud &amp; Co', 'Acme_Cloud & Co'],
    ['Acme Cloud  \nMunich, Germany', 'Acme Cloud'],
    ['![logo](https://acme.io/logo.png) Acme Cloud', 'Acme Cloud'],
  ])('name %j → %j', (answer, name) => {
    expect(nameAnswer(answer)).toBe(name);
  });

  it.each([
    ['基于 Karmada 的多云容器平台', { zh: '基于 Karmada 的多云容器平台' }],
    [
      '我们提供 Karmada 与 Kubernetes 多集群管理服务。',
      { zh: '我们提供 Karmada 与 Kubernetes 多集群管理服务。' },
    ],
    [
      'Managed Karmada for enterprises in China (中国).',
      { en: 'Managed Karmada for enterprises in China (中国).' },
    ],
    [
      'Zhongyun (中云科技) runs Karmada for you.',
      { en: 'Zhongyun (中云科技) runs Karmada for you.' },
    ],
    [
      'Managed **Karmada**, see [our docs](https://acme.io/docs).',
      { en: 'Managed Karmada, see our docs.' },
    ],
  ])('description %j → %j', (answer, description) => {
    expect(descriptionAnswer(answer)).toEqual(description);
  });

  it.each([
    ['@octocat, ops@acme.io', { github: 'octocat', email: 'ops@acme.io' }],
    ['ops@acme.io', { email: 'ops@acme.io' }],
    ['octocat', { github: 'octocat' }],
    ['[ops@acme.io](mailto:ops@acme.io)', { email: 'ops@acme.io' }],
    ['https://github.com/octo-cat', { github: 'octo-cat' }],
    ['Email: ops@acme.io\nGitHub: @octocat', { email: 'ops@acme.io', github: 'octocat' }],
    ['Jane Doe, head of platform', {}],
  ])('contact %j → %j', (answer, contact) => {
    expect(contactAnswer(answer)).toEqual(contact);
  });
});

describe('one place per field, for the issue, flag and terminal paths', () => {
  it('checks a Chinese description text alone, by the same rule as the record', () => {
    expect(checkDescription({ zh: '基于 Karmada 的多云容器平台' })).toEqual([]);
    expect(checkDescription({ zh: 'x'.repeat(401) })).toEqual([
      expect.objectContaining({
        field: 'description.zh',
        message: 'must be at most 400 characters (got 401 characters)',
      }),
    ]);
    expect(checkDescription({ en: '<b>Acme</b>' })[0]).toMatchObject({
      field: 'description.en',
      message: 'must be plain text, without HTML tags (got "<b>Acme</b>")',
    });
  });

  it('reads a typed contact the same way everywhere: trimmed, the login without its "@"', () => {
    expect(typedContact({ email: ' ops@acme.io ', github: '@octocat' })).toEqual({
      email: 'ops@acme.io',
      github: 'octocat',
    });
    expect(checkContact(typedContact({ github: '@octo_cat' }))[0]).toMatchObject({
      field: 'contact.github',
    });
  });

  it('flags a missing field as missing, whatever the message says', () => {
    const result = recordSchemaOf(siteConfig).safeParse(
      { website: 'https://acme.example/', programs: ['community-partner'] },
      { reportInput: true },
    );
    const problems = zodProblems(result.error?.issues ?? []);
    const missing = problems.filter((problem) => problem.missing).map((problem) => problem.field);
    expect(missing.sort()).toEqual(['contact', 'description', 'logo', 'name', 'services']);
  });
});
