import { defineLocalItem } from './local-item';
import { DEFAULT_TOOLBAR_OPENS, TOOLBAR_OPENS_KEY } from '@/utils/settings/toolbar-button';

/** The reader's choice of what the toolbar button opens; read through normalizeToolbarOpens. */
export const toolbarOpensItem = defineLocalItem<unknown>(TOOLBAR_OPENS_KEY, DEFAULT_TOOLBAR_OPENS);
