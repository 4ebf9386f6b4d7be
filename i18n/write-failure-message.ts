import type { WriteFailure } from '@/utils/library/schema';
import { t } from './t';

/** A failed write in the reader's words; a full disk is the one they can act on, so it gets its own sentence. */
export function writeFailureMessage(failure: WriteFailure): string {
  return failure.reason === 'quota' ? t('libraryErrorQuota') : t('libraryErrorFailed', failure.message);
}
