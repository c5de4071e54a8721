// The application form as `npm run form` writes it. The project, the program's required
// fields and the vocabularies come from site.config.yaml; the name, description, pre-filled
// issue title and field ids are kept from karmada-io/community's first form, so links to it
// keep working.
import { siteConfig } from '../src/intake/project-config.ts';
import {
  applicationProgram,
  renderApplicationForm,
  schemaVocabularies,
  type FormIdentity,
} from '../src/intake/application-form.ts';
import { MAX_LOGO_BYTES } from '../src/logos/logo-limits.ts';
import { LOGO_BOX } from '../src/logos/normalize-logo.ts';

export const APPLICATION_FORM_FILE = 'forms/community-partner.yml';
/** Where the form lives and applications are filed: `new-partner --issue`'s default --repo. */
export const APPLICATION_REPOSITORY = 'karmada-io/community';

const program = applicationProgram(siteConfig);
const project = siteConfig.project.name;

export const APPLICATION_FORM_IDENTITY: FormIdentity = {
  project,
  name: `${project} Commercial Support Request`,
  description: `Request to be a ${project} Commercial Support Partner`,
  title: `REQUEST: Organization <Organization name> that provides commercial support to ${project} New Commercial Support `,
  requires: program.requires,
  labels: [program.id],
};

export const APPLICATION_FORM = () =>
  renderApplicationForm(APPLICATION_FORM_IDENTITY, schemaVocabularies(), {
    maxBytes: MAX_LOGO_BYTES,
    box: LOGO_BOX,
  });
