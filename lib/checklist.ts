/**
 * The account-safety checklist ("Sebelum masuk"), from the official FAQ "Bagaimana ya cara menjaga keamanan
 * akun saya?", the programme's warnings and the seed article (shared/reference/prakerja-facts.md §3.3, §4).
 * Text lives in _locales as `check_<id>` and `check_<id>_why`.
 */
export interface ChecklistItem {
  id: string;
  /** Link to the official page the advice comes from, where one exists. */
  source?: 'officialSite' | 'terms' | 'accountSafetyFaq' | 'complaintForm';
  /** Items the extension can tick by itself for the current tab. */
  auto?: 'on-official-site';
}

export const CHECKLIST: readonly ChecklistItem[] = [
  { id: 'official_only', source: 'officialSite', auto: 'on-official-site' },
  { id: 'free_no_guarantee', source: 'officialSite' },
  { id: 'never_share_otp', source: 'accountSafetyFaq' },
  { id: 'own_data', source: 'accountSafetyFaq' },
  { id: 'no_selling', source: 'terms' },
  { id: 'no_jockey', source: 'terms' },
  { id: 'read_terms', source: 'terms' },
  { id: 'strong_password', source: 'accountSafetyFaq' },
  { id: 'blocked_complaint', source: 'complaintForm' },
];

export const CHECKLIST_IDS = CHECKLIST.map((c) => c.id);
