// The community partner application form: a GitHub issue form generated from the record schema
// (`npm run form` writes forms/community-partner.yml), and the labels `new-partner` reads its
// answers by. GitHub renders each answer as `### <label>`, a blank line, then the answer.
import { dump } from 'js-yaml';
import { siteConfig } from './project-config.ts';
import type { ProgramConfig } from '../config/programs.ts';
import type { SiteConfig } from '../config/site-config.ts';
import { DESCRIPTION_MAX, NAME_MAX } from '../schema/record.ts';

/** One choice of a vocabulary, shown to applicants by its label. */
export interface VocabularyChoice {
  id: string;
  label: string;
}

/** What the form offers to choose from: the schema's vocabularies with their human labels. */
export interface FormVocabularies {
  services: readonly VocabularyChoice[];
  regions: readonly VocabularyChoice[];
}

/** The form's identity in the repository that hosts it; the rest comes from the schema. */
export interface FormIdentity {
  /** The project the directory is about, as applicants know it. */
  project: string;
  /** The form's name in GitHub's template chooser. */
  name: string;
  description: string;
  /** Record fields the program requires beyond name and website (its `requires`). */
  requires: readonly string[];
  /** The issue title GitHub pre-fills. */
  title: string;
  /** Labels put on every application, so maintainers can list them. */
  labels: readonly string[];
}

/** The directory's logo rules, as the logo pipeline enforces them. */
export interface LogoAdvice {
  maxBytes: number;
  box: { width: number; height: number };
}

/**
 * The questions of the generated form: their ids (kept from the first form where they still
 * fit, so links that pre-fill them keep working) and labels (what an issue body shows).
 */
export const APPLICATION_QUESTIONS = {
  name: { id: 'org_name', label: 'Organization name' },
  website: { id: 'website_url', label: 'Website' },
  description: { id: 'org_description', label: 'Description in English' },
  descriptionZh: { id: 'org_description_zh', label: 'Description in Chinese' },
  services: { id: 'services', label: 'Services' },
  regions: { id: 'regions', label: 'Regions' },
  logo: { id: 'org_logo', label: 'Logo' },
  contact: { id: 'contact', label: 'Contact (never published)' },
} as const;

export type ApplicationQuestion = keyof typeof APPLICATION_QUESTIONS;

// A record field each question answers, so the form requires what the schema requires.
const FIELD_OF_QUESTION: Record<ApplicationQuestion, string | undefined> = {
  name: 'name',
  website: 'website',
  description: 'description',
  descriptionZh: undefined,
  services: 'services',
  regions: 'regions',
  logo: 'logo',
  contact: 'contact',
};
// Every record needs these; the program's `requires` adds what its members need.
const ALWAYS_REQUIRED = ['name', 'website'];

/** The issue form as data, ready to be written as YAML. */
export function applicationForm(
  identity: FormIdentity,
  vocabularies: FormVocabularies,
  logo: LogoAdvice,
) {
  for (const choice of [...vocabularies.services, ...vocabularies.regions]) {
    // GitHub joins the chosen labels with ", ": a comma inside one would split it in two.
    if (choice.label.includes(','))
      throw new Error(`the label "${choice.label}" of "${choice.id}" must not contain a comma`);
  }
  const q = APPLICATION_QUESTIONS;
  const requiredFields = [...ALWAYS_REQUIRED, ...identity.requires];
  const required = (question: ApplicationQuestion) => {
    const field = FIELD_OF_QUESTION[question];
    return { validations: { required: field !== undefined && requiredFields.includes(field) } };
  };
  const megabytes = logo.maxBytes / 1024 / 1024;
  return {
    name: identity.name,
    description: identity.description,
    title: identity.title,
    labels: [...identity.labels],
    body: [
      {
        type: 'markdown',
        attributes: {
          value: [
            `Each answer becomes part of your organization's entry in the ${identity.project} partners directory.`,
            'The maintainers review the application in this issue.',
            'Limits marked "the directory\'s requirement" come from the directory that lists partners, not from the program.',
          ].join(' '),
        },
      },
      {
        id: q.name.id,
        type: 'input',
        attributes: {
          label: q.name.label,
          description: `The official name of the organization, as the directory should show it (at most ${NAME_MAX} characters).`,
          placeholder: 'Acme Cloud GmbH',
        },
        ...required('name'),
      },
      {
        id: q.website.id,
        type: 'input',
        attributes: {
          label: q.website.label,
          description: `The organization's website, a full https address: the page about its ${identity.project} offering, or its home page.`,
          placeholder: 'https://acme.example/',
        },
        ...required('website'),
      },
      {
        id: q.description.id,
        type: 'textarea',
        attributes: {
          label: q.description.label,
          description: `What the organization offers around ${identity.project}, in plain text without links or formatting. At most ${DESCRIPTION_MAX} characters (the directory's requirement).`,
        },
        ...required('description'),
      },
      {
        id: q.descriptionZh.id,
        type: 'textarea',
        attributes: {
          label: q.descriptionZh.label,
          description: `Optional: the same in Simplified Chinese, shown on the Chinese page. At most ${DESCRIPTION_MAX} characters (the directory's requirement).`,
        },
        ...required('descriptionZh'),
      },
      {
        id: q.services.id,
        type: 'dropdown',
        attributes: {
          label: q.services.label,
          description: `What the organization offers around ${identity.project}; choose every one that applies.`,
          multiple: true,
          options: vocabularies.services.map((choice) => choice.label),
        },
        ...required('services'),
      },
      {
        id: q.regions.id,
        type: 'dropdown',
        attributes: {
          label: q.regions.label,
          description: 'Where the organization offers its services; choose every one that applies.',
          multiple: true,
          options: vocabularies.regions.map((choice) => choice.label),
        },
        ...required('regions'),
      },
      {
        id: q.logo.id,
        type: 'textarea',
        attributes: {
          label: q.logo.label,
          description: [
            'Drag the logo file into this box. SVG preferred, or PNG.',
            `The directory's requirement: at most ${megabytes} MB; a PNG at least ${logo.box.width * 2} px wide,`,
            `since logos are shown in a ${logo.box.width}x${logo.box.height} px box and twice as large on high-density screens;`,
            'no wide empty margins.',
          ].join(' '),
          placeholder: 'Drop the SVG or PNG file here',
        },
        ...required('logo'),
      },
      {
        id: q.contact.id,
        type: 'input',
        attributes: {
          label: q.contact.label,
          description:
            'An e-mail address and/or a GitHub login the maintainers can reach about this listing. It is kept for them and never published on the directory or in its feed (this issue itself is public).',
          placeholder: 'partners@acme.example, @octocat',
        },
        ...required('contact'),
      },
    ],
  };
}

/** The form as the YAML file GitHub reads, with a note that it is generated. */
export function renderApplicationForm(
  identity: FormIdentity,
  vocabularies: FormVocabularies,
  logo: LogoAdvice,
): string {
  const yaml = dump(applicationForm(identity, vocabularies, logo), {
    lineWidth: -1,
    noRefs: true,
  });
  return [
    '# Generated by `npm run form` from the record schema: edit src/intake/application-form.ts,',
    '# not this file. Copy it to .github/ISSUE_TEMPLATE/ in the repository that takes applications.',
    yaml,
  ].join('\n');
}

/**
 * The vocabularies the form offers, from the site configuration, with their labels in the
 * default language: the same ids the schema accepts and the same words the filters show.
 */
export function configVocabularies(config: SiteConfig): FormVocabularies {
  const label = (term: { id: string; label: Record<string, string | undefined> }) => ({
    id: term.id,
    label: term.label[config.defaultLocale] ?? term.id,
  });
  return { services: config.services.map(label), regions: config.regions.map(label) };
}

/** The vocabularies of the configuration this run uses. */
export const schemaVocabularies = () => configVocabularies(siteConfig);

/**
 * The program the application form applies to, and the one an issue's record joins: the
 * first that requires more than name and website (members who apply with a form), else the first.
 */
export function applicationProgram(config: SiteConfig): ProgramConfig {
  return config.programs.find((program) => program.requires.length > 0) ?? config.programs[0];
}
