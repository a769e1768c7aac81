import type { PageDetector } from '../detector';
import { appDownload } from './app-download';
import { chatAdminLink } from './chat-admin-link';
import { formSink } from './form-sink';
import { paymentInstruction } from './payment-instruction';
import { registrationClaim } from './registration-claim';
import { scamPhrase } from './scam-phrase';
import { sensitiveForm } from './sensitive-form';

/** Channels (ways a page can hurt) first, then lures (scam wording); `judgeModel` combines them. */
export const PAGE_DETECTORS: readonly PageDetector[] = [
  sensitiveForm,
  formSink,
  chatAdminLink,
  paymentInstruction,
  appDownload,
  scamPhrase,
  registrationClaim,
];
