import { browser } from 'wxt/browser';
import type { OutlineMarkdownLabels } from '@/utils/outline/outline-markdown';
import type { LibraryMarkdownLabels } from '@/utils/library/export-markdown';
import { savedCountLabel } from './library-format';
import { t } from './t';

/** The outline's Markdown headings in the reader's language: the same words as the outline panel. */
export function outlineMarkdownLabels(): OutlineMarkdownLabels {
  return { sections: t('sectionsHeading'), quotes: t('quotesHeading'), keyPoints: t('keyPointsHeading'), reported: t('reportedSpeech') };
}

/** The library export's words in the reader's language. */
export function libraryMarkdownLabels(locale: string = browser.i18n.getUILanguage()): LibraryMarkdownLabels {
  return {
    outline: outlineMarkdownLabels(),
    title: t('libraryTitle'),
    exported: (day, count) => `${t('libraryExportedOn', day)} · ${savedCountLabel(count, locale)}`,
    published: (day) => t('libraryPublishedOn', day),
    saved: (day) => t('librarySavedOn', day),
    tags: t('libraryTagsHeading'),
    untitled: t('libraryUntitled'),
    highlights: t('libraryHighlightsHeading'),
  };
}
