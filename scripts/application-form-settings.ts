// The application form of karmada-io/community, as `npm run form` writes it: its identity
// there (name, title and the label applications get, kept from the first form so links to it
// keep working) and the directory's logo rules. The questions come from the record schema.
import {
  renderApplicationForm,
  schemaVocabularies,
  type FormIdentity,
} from '../src/intake/application-form.ts';
import { MAX_LOGO_BYTES } from '../src/logos/logo-limits.ts';
import { LOGO_BOX } from '../src/logos/normalize-logo.ts';

export const APPLICATION_FORM_FILE = 'forms/community-partner.yml';

export const APPLICATION_FORM_IDENTITY: FormIdentity = {
  project: 'Karmada',
  name: 'Karmada Commercial Support Request',
  description: 'Request to be a Karmada Commercial Support Partner',
  title:
    'REQUEST: Organization <Organization name> that provides commercial support to Karmada New Commercial Support ',
  labels: ['community-partner'],
};

export const APPLICATION_FORM = () =>
  renderApplicationForm(APPLICATION_FORM_IDENTITY, schemaVocabularies(), {
    maxBytes: MAX_LOGO_BYTES,
    box: LOGO_BOX,
  });
