// The application form as `npm run form` writes it: name, description, title and field ids kept
// from karmada-io/community's first form, so links to it keep working; the rest from the config.
import { projectConfig } from './project-config.ts';
import { renderApplicationForm, type FormIdentity } from '../src/intake/application-form.ts';
import { applicationProgram } from '../src/intake/draft.ts';
import { MAX_LOGO_BYTES } from '../src/logos/logo-limits.ts';
import { LOGO_BOX } from '../src/logos/normalize-logo.ts';

export const APPLICATION_FORM_FILE = 'forms/community-partner.yml';
/** Where the form lives and applications are filed: `new-partner --issue`'s default --repo. */
export const APPLICATION_REPOSITORY = 'karmada-io/community';

const siteConfig = projectConfig();
const project = siteConfig.project.name;

export const APPLICATION_FORM_IDENTITY: FormIdentity = {
  name: `${project} Commercial Support Request`,
  description: `Request to be a ${project} Commercial Support Partner`,
  title: `REQUEST: Organization <Organization name> that provides commercial support to ${project} New Commercial Support `,
  // README and CONTRIBUTING say to create it in the repository once.
  labels: [applicationProgram(siteConfig).id],
};

export const APPLICATION_FORM = () =>
  renderApplicationForm(siteConfig, APPLICATION_FORM_IDENTITY, {
    maxBytes: MAX_LOGO_BYTES,
    box: LOGO_BOX,
  });
