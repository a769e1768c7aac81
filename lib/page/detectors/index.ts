import type { PageDetector } from '../detector';
import { chatAdminLink } from './chat-admin-link';
import { formSink } from './form-sink';
import { registrationClaim } from './registration-claim';
import { scamPhrase } from './scam-phrase';
import { sensitiveForm } from './sensitive-form';

export const PAGE_DETECTORS: readonly PageDetector[] = [sensitiveForm, formSink, scamPhrase, registrationClaim, chatAdminLink];
