// The application form (`npm run form` writes it from the configuration and the schema), and the
// questions `new-partner` reads an issue by: GitHub renders each answer under `### <label>`.
import { dump } from 'js-yaml';
import type { SiteConfig } from '../config/site-config.ts';
import { languageName } from '../core/text.ts';
import { DESCRIPTION_MAX, NAME_MAX } from '../schema/record.ts';
import { applicationProgram, localeCodes, type DraftField } from './draft.ts';

/** The form's identity in the repository that hosts it (`name` in GitHub's template chooser, the pre-filled `title`, `labels` put on every application). */
export type FormIdentity = Record<'name' | 'description' | 'title', string> & {
  labels: readonly string[];
};

/** The directory's logo rules, as the logo pipeline enforces them. */
type LogoAdvice = { maxBytes: number; box: { width: number; height: number } };

/** A question's id is kept from the first form where it still fits, so links that pre-fill it keep working. */
export type FormQuestion = { id: string; label: string; field: DraftField; locale?: string };

/** The generated form's questions: one description question per language of the site. */
export function applicationQuestions(config: SiteConfig): FormQuestion[] {
  const [first, ...others] = localeCodes(config);
  const description = (locale: string, id: string) => ({
    id,
    label: `Description in ${languageName(locale)}`,
    field: 'description' as const,
    locale,
  });
  return [
    { id: 'org_name', label: 'Organization name', field: 'name' },
    { id: 'website_url', label: 'Website', field: 'website' },
    description(first, 'org_description'),
    ...others.map((locale) => description(locale, `org_description_${locale}`)),
    { id: 'services', label: 'Services', field: 'services' },
    { id: 'regions', label: 'Regions', field: 'regions' },
    { id: 'org_logo', label: 'Logo', field: 'logo' },
    { id: 'contact', label: 'Contact (not shown on the directory)', field: 'contact' },
  ];
}

const THE_DIRECTORYS = "The directory's requirement";
const dropdown = (choices: { label: string }[]) => ({
  type: 'dropdown',
  multiple: true,
  options: choices.map((choice) => choice.label),
});

export function applicationForm(config: SiteConfig, identity: FormIdentity, logo: LogoAdvice) {
  const vocabularies = configVocabularies(config);
  for (const choice of [...vocabularies.services, ...vocabularies.regions]) {
    // GitHub joins the chosen labels with ", ": a comma inside one would split it in two.
    if (choice.label.includes(','))
      throw new Error(`the label "${choice.label}" of "${choice.id}" must not contain a comma`);
  }
  const project = config.project.name;
  const program = applicationProgram(config);
  const members = program.label[config.defaultLocale]!;
  const required = (field: string) => ['name', 'website', ...program.requires].includes(field);
  const describe = (locale = config.defaultLocale): Partial<Record<DraftField, string>> => ({
    name: `The organization's official name, as the directory should show it. ${THE_DIRECTORYS}: at most ${NAME_MAX} characters.`,
    website: `The organization's official website address related to the ${project} community partner, such as the page about its ${project} offering. ${THE_DIRECTORYS}: a full address starting with https:// (http:// is accepted, with a warning to the maintainers).`,
    description: `${locale === config.defaultLocale ? '' : `Optional: the same in ${languageName(locale)}, shown on the directory's ${languageName(locale)} pages. `}What the organization offers around ${project}, in plain text without links or formatting. ${THE_DIRECTORYS}: at most ${DESCRIPTION_MAX} characters.`,
    services: `What the organization offers around ${project}; choose every one that applies. ${THE_DIRECTORYS}: at least one, for the directory's filter by service.`,
    regions:
      'Optional: where the organization offers its services; choose every one that applies. The directory asks this for its filter by region.',
    logo: `Drag the logo file into this box, in PNG or SVG format. ${THE_DIRECTORYS}: at most ${logo.maxBytes / 1024 / 1024} MB; a PNG at least ${logo.box.width * 2} px wide, since logos are shown in a ${logo.box.width}x${logo.box.height} px box and twice as large on high-density screens. The directory trims empty margins itself.`,
    contact:
      "An e-mail address and/or a GitHub login the maintainers can reach about this listing. This issue is public, and the answer is committed with the organization's record to a public repository; the directory's pages and feed never show it.",
  });
  const kinds: Partial<Record<DraftField, { type: string; [attribute: string]: unknown }>> = {
    name: { type: 'input', placeholder: 'Acme Cloud GmbH' },
    website: { type: 'input', placeholder: 'https://acme.example/' },
    services: dropdown(vocabularies.services),
    regions: dropdown(vocabularies.regions),
    logo: { type: 'textarea', placeholder: 'Drop the PNG or SVG file here' },
    contact: { type: 'input', placeholder: 'partners@acme.example, @octocat' },
  };
  return {
    ...identity,
    body: [
      {
        type: 'markdown',
        attributes: {
          value: [
            `"${identity.name}" is the application to become one of the ${project} ${members.toLowerCase()}.`,
            `${project} maintainers review the application in this issue; if the information is correct, a formal pull request adds the organization's record to the ${project} partners directory, and the organization then officially joins the ${project} ${members}.`,
            `What is public: this issue and every answer in it, and the record committed to a public repository. The directory's pages and feed show every answer except the contact.`,
            `Rules marked "${THE_DIRECTORYS.toLowerCase()}" are the directory's own, not the program's.`,
          ].join(' '),
        },
      },
      ...applicationQuestions(config).map((question) => {
        const { type, ...kind } = kinds[question.field] ?? { type: 'textarea' };
        return {
          id: question.id,
          type,
          attributes: {
            label: question.label,
            description: describe(question.locale)[question.field],
            ...kind,
          },
          validations: {
            required:
              required(question.field) &&
              (question.locale ?? config.defaultLocale) === config.defaultLocale,
          },
        };
      }),
    ],
  };
}

export function renderApplicationForm(
  config: SiteConfig,
  identity: FormIdentity,
  logo: LogoAdvice,
): string {
  const yaml = dump(applicationForm(config, identity, logo), { lineWidth: -1, noRefs: true });
  return [
    '# Generated by `npm run form` from site.config.yaml and the record schema: edit',
    '# src/intake/application-form.ts, not this file. Copy it to .github/ISSUE_TEMPLATE/ in the',
    `# repository that takes applications, and create the label ${identity.labels.join(', ')} there once:`,
    '# GitHub silently drops a label the repository lacks.',
    yaml,
  ].join('\n');
}

/** The vocabularies' ids and labels in the default language: the words the filters show. */
export function configVocabularies(config: SiteConfig) {
  const label = (term: { id: string; label: Record<string, string | undefined> }) => ({
    id: term.id,
    label: term.label[config.defaultLocale] ?? term.id,
  });
  return { services: config.services.map(label), regions: config.regions.map(label) };
}
