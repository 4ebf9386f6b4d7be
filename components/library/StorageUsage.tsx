import type { StorageUsage as Usage } from '@/utils/library/usage';
import { t } from '../../i18n/t';
import { formatBytes, savedCountLabel } from '../../i18n/library-format';

/** "1,204 saved outlines · 38 MB used": the reader can see what the library costs their disk. */
export function StorageUsage({ usage, locale }: { usage: Usage | null; locale: string }) {
  if (!usage) return null;
  const size = formatBytes(usage.bytes, locale);
  return (
    <p class="library-usage">
      {savedCountLabel(usage.count, locale)} · {t(usage.approximate ? 'libraryUsageApprox' : 'libraryUsage', size)}
    </p>
  );
}
