import { readFile } from 'node:fs/promises';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  APPLICATION_FORM,
  APPLICATION_FORM_FILE,
} from '../../scripts/application-form-settings.ts';
import { projectConfig as siteConfig, siteConfigFrom } from '../support/site-config.ts';
import { applicationForm, applicationQuestions } from '../../src/intake/application-form.ts';
import { draftFromIssue as readDraft } from '../../src/intake/issue-form.ts';

const draftFromIssue = (body: string, file: string) => readDraft(body, file, siteConfig);
const IDENTITY = { name: 'X', description: 'X', title: 'X', labels: [] };
const LOGO = { maxBytes: 5 * 1024 * 1024, box: { width: 160, height: 64 } };

interface FormField {
  id?: string;
  type: string;
  attributes: { label?: string; description?: string; options?: string[]; multiple?: boolean };
  validations?: { required: boolean };
}
interface Form {
  name: string;
  title: string;
  labels: string[];
  body: FormField[];
}

const form = () => load(APPLICATION_FORM()) as Form;
const field = (id: string) => {
  const found = form().body.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no field ${id}`);
  return found;
};

/**
 * An issue body as GitHub renders an issue form's answers: each field's label as a `###`
 * heading, a blank line, then the answer; `_No response_` for a blank one; the chosen
 * options of a multi-select dropdown as their labels joined by ", ".
 */
function renderIssueBody(answers: Record<string, string | string[] | undefined>): string {
  return form()
    .body.filter((entry) => entry.type !== 'markdown')
    .map((entry) => {
      const answer = answers[entry.id!];
      const text =
        answer === undefined || answer.length === 0
          ? '_No response_'
          : Array.isArray(answer)
            ? answer.join(', ')
            : answer;
      return `### ${entry.attributes.label}\n\n${text}`;
    })
    .join('\n\n');
}

describe('the application form (forms/community-partner.yml)', () => {
  it('is the committed file (run `npm run form` if not)', async () => {
    expect(await readFile(APPLICATION_FORM_FILE, 'utf8')).toBe(APPLICATION_FORM());
  });

  it("keeps the first form's name, title and ids, and labels every application", async () => {
    const first = load(await readFile('tests/fixtures/issues/first-form.yml', 'utf8')) as Form;
    const generated = form();
    expect(generated.name).toBe(first.name);
    expect(generated.title).toBe(first.title);
    const ids = generated.body.map((entry) => entry.id);
    for (const { id } of first.body) expect(ids).toContain(id);
    expect(generated.labels).toEqual(['community-partner']);
  });

  it('offers the schema vocabularies as multi-select dropdowns of their labels', () => {
    const services = field('services');
    expect(services.type).toBe('dropdown');
    expect(services.attributes.multiple).toBe(true);
    expect(services.attributes.options).toHaveLength(siteConfig.serviceIds.length);
    expect(services.attributes.options).toContain('Cloud service');
    expect(field('regions').attributes.options).toHaveLength(siteConfig.regionIds.length);
    expect(field('regions').attributes.options).toContain('Middle East & Africa');
  });

  it('requires what the schema requires of a community partner, and only that', () => {
    const required = form()
      .body.filter((entry) => entry.validations?.required)
      .map((entry) => entry.id);
    expect(required).toEqual([
      'org_name',
      'website_url',
      'org_description',
      'services',
      'org_logo',
      'contact',
    ]);
  });

  it("labels every rule of the directory's own as such, never as the program's", () => {
    const descriptions = form().body.map((entry) => entry.attributes.description ?? '');
    // The name's 80 characters, the address form, services required, the logo sizes, 400 characters.
    const rules = descriptions.filter((text) =>
      /\d+ (characters|MB|px)|https:\/\/|at least one/.test(text),
    );
    expect(rules).toHaveLength(6);
    for (const rule of rules) expect(rule).toContain("The directory's requirement:");
    expect(field('org_name').attributes.description).toContain(
      "The directory's requirement: at most 80 characters.",
    );
    expect(field('org_description').attributes.description).toContain(
      "The directory's requirement: at most 400 characters.",
    );
    expect(field('services').attributes.description).toContain(
      "The directory's requirement: at least one, for the directory's filter by service.",
    );
    expect(field('regions').attributes.description).toContain(
      'The directory asks this for its filter by region.',
    );
    expect(field('org_logo').attributes.description).toMatch(
      /^Drag the logo file into this box, in PNG or SVG format\. The directory's requirement: at most 5 MB; a PNG at least 320 px wide/,
    );
    expect(descriptions.join(' ')).not.toMatch(/preferred/i);
  });

  it('asks for the website as the program does, and says http is accepted', () => {
    const website = field('website_url').attributes.description;
    expect(website).toContain('website address related to the Karmada community partner');
    expect(website).toContain('http:// is accepted, with a warning to the maintainers');
  });

  it('says what is public and what the directory shows, and what happens after the review', () => {
    const intro = (form().body[0].attributes as { value: string }).value;
    expect(intro).toContain(
      '"Karmada Commercial Support Request" is the application to become one of the Karmada community partners.',
    );
    expect(intro).toContain(
      'if the information is correct, a formal pull request adds the organization',
    );
    expect(intro).toContain(
      'and the organization then officially joins the Karmada Community Partners.',
    );
    expect(intro).toContain("The directory's pages and feed show every answer except the contact.");
    expect(intro).not.toContain('Each answer becomes part');
    const contact = field('contact').attributes;
    expect(contact.label).toBe('Contact (not shown on the directory)');
    expect(contact.description).toContain(
      "This issue is public, and the answer is committed with the organization's record to a public repository; the directory's pages and feed never show it.",
    );
  });

  it('says in its comment to create the label it puts on every application', () => {
    expect(APPLICATION_FORM()).toMatch(
      /^# .*\n# .*\n# repository that takes applications, and create the label community-partner there once:\n# GitHub silently drops a label the repository lacks\.\n/,
    );
  });

  it("asks for a description in each of the site's languages: an English-only site gets no Chinese question", () => {
    const other = applicationForm(
      siteConfigFrom('tests/fixtures/other-site/site.config.yaml'),
      IDENTITY,
      LOGO,
    );
    const labels = other.body.flatMap((entry) =>
      'label' in entry.attributes ? [entry.attributes.label] : [],
    );
    expect(labels).toContain('Description in English');
    expect(labels.join()).not.toMatch(/Chinese/);
    expect(form().body.map((entry) => entry.attributes.label)).toContain('Description in Chinese');
    // Its application program (certified providers) requires what its configuration says.
    const required = other.body.filter(
      (entry) => 'validations' in entry && entry.validations.required,
    );
    expect(required.map((entry) => ('id' in entry ? entry.id : ''))).toEqual([
      'org_name',
      'website_url',
      'org_description',
      'services',
      'org_logo',
      'contact',
    ]);
  });

  it('refuses a vocabulary label with a comma, which GitHub would split in two', () => {
    const config = {
      ...siteConfig,
      regions: [{ id: 'emea', label: { en: 'Europe, Middle East' }, everywhere: false }],
    };
    expect(() => applicationForm(config, IDENTITY, LOGO)).toThrow(
      'the label "Europe, Middle East" of "emea" must not contain a comma',
    );
  });
});

describe('an issue opened with the generated form', () => {
  it('becomes every field of a record: dropdowns as ids, the Chinese text as zh', () => {
    const body = renderIssueBody({
      org_name: 'Acme Cloud',
      website_url: 'https://acme.example/',
      org_description: 'Managed Karmada control planes and 24x7 support.',
      org_description_zh: '托管的 Karmada 控制面与全天候支持。',
      services: ['Support', 'Cloud service'],
      regions: ['Europe', 'Middle East & Africa'],
      org_logo:
        '<img width="420" alt="acme" src="https://github.com/user-attachments/assets/5d1c9a77-2b4e-4f0a-8c3d-7e6f5a4b3c21" />',
      contact: 'partners@acme.example, @octocat',
    });
    const { draft, logoLinks, form: kind } = draftFromIssue(body, 'issue.md');
    expect(kind).toBe('generated');
    expect(draft).toEqual({
      name: 'Acme Cloud',
      website: 'https://acme.example/',
      description: {
        en: 'Managed Karmada control planes and 24x7 support.',
        zh: '托管的 Karmada 控制面与全天候支持。',
      },
      services: ['support', 'cloud-service'],
      regions: ['europe', 'middle-east-africa'],
      contact: { email: 'partners@acme.example', github: 'octocat' },
    });
    expect(logoLinks).toEqual([
      'https://github.com/user-attachments/assets/5d1c9a77-2b4e-4f0a-8c3d-7e6f5a4b3c21',
    ]);
  });

  it('leaves blank optional answers (_No response_) out', () => {
    const body = renderIssueBody({
      org_name: 'Acme Cloud',
      website_url: 'https://acme.example/',
      org_description: 'Managed Karmada.',
      services: ['Training'],
      org_logo: '![acme](https://github.com/user-attachments/assets/0b9e4c1a)',
      contact: 'octocat',
    });
    expect(body).toContain('### Description in Chinese\n\n_No response_');
    expect(body).toContain('### Regions\n\n_No response_');
    const { draft } = draftFromIssue(body, 'issue.md');
    expect(draft.description).toEqual({ en: 'Managed Karmada.' });
    expect(draft.regions).toBeUndefined();
    expect(draft.services).toEqual(['training']);
  });

  it('names the new labels in its hints, and keeps an unknown option for the schema to refuse', () => {
    const body = renderIssueBody({ org_name: 'Acme', services: ['Support', 'Hosting'] });
    const { draft, origins } = draftFromIssue(body, 'issue.md');
    expect(draft.services).toEqual(['support', 'hosting']);
    expect(origins.website?.hint).toBe(
      'issue.md does not answer "Website": pass --website https://...',
    );
    expect(origins.regions?.hint).toBe('issue.md does not answer "Regions": pass --regions x,y');
  });

  it('reads the committed fixture written as GitHub renders the form', async () => {
    const body = await readFile('tests/fixtures/issues/generated-form.md', 'utf8');
    const { draft, logoLinks } = draftFromIssue(body, 'issue.md');
    expect(draft).toMatchObject({
      name: '中云科技 Zhongyun Cloud',
      services: ['consulting', 'training', 'other'],
      regions: ['china', 'asia-pacific'],
      description: { en: expect.stringMatching(/^Karmada consulting/), zh: expect.any(String) },
      contact: { email: 'partners@zhongyun.example' },
    });
    expect(logoLinks).toHaveLength(1);
  });

  it("still reads the contact of an issue opened before the contact's label changed", () => {
    const body = renderIssueBody({ org_name: 'Acme', contact: 'ops@acme.example' }).replace(
      '### Contact (not shown on the directory)',
      '### Contact (never published)',
    );
    expect(draftFromIssue(body, 'issue.md').draft.contact).toEqual({ email: 'ops@acme.example' });
  });

  it('has a label for every question of the generated form', () => {
    const labels = form().body.flatMap((entry) => entry.attributes.label ?? []);
    expect(labels).toEqual(applicationQuestions(siteConfig).map((question) => question.label));
  });
});
