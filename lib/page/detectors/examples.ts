import type { PageExamples } from '../detector';
import { examples as appDownload } from './app-download';
import { examples as chatAdminLink } from './chat-admin-link';
import { examples as formSink } from './form-sink';
import { examples as paymentInstruction } from './payment-instruction';
import { examples as registrationClaim } from './registration-claim';
import { examples as scamPhrase } from './scam-phrase';
import { examples as sensitiveForm } from './sensitive-form';

/** Every page rule's examples by rule id, for the tests (kept out of the content script's bundle). */
export const PAGE_EXAMPLES: Readonly<Record<string, PageExamples>> = {
  'app-download': appDownload,
  'chat-admin-link': chatAdminLink,
  'form-sink': formSink,
  'payment-instruction': paymentInstruction,
  'registration-claim': registrationClaim,
  'scam-phrase': scamPhrase,
  'sensitive-form': sensitiveForm,
};
