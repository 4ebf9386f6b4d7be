import type { ExtractFailure } from '@/utils/article/types';
import { t, type MessageKey } from './t';

const KEYS: Record<ExtractFailure, MessageKey> = {
  restricted: 'reason_restricted',
  'file-access': 'reason_file_access',
  pdf: 'reason_pdf',
  'no-content': 'reason_no_content',
  'too-large': 'reason_too_large',
  timeout: 'reason_timeout',
  'no-tab': 'reason_no_tab',
  'error-page': 'reason_error_page',
  failed: 'reason_failed',
};

/** The sentence a reader sees for each reason a page could not be read. */
export function failureMessage(reason: ExtractFailure): string {
  return t(KEYS[reason]);
}
