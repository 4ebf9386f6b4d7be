import type { Anchor, Outline } from '@/utils/outline/types';
import { t } from './i18n';

interface Props {
  outline: Outline;
  onJump: (anchor: Anchor) => void;
}

export function OutlinePanel({ outline, onJump }: Props) {
  return (
    <nav class="outline" aria-label={t('outlineHeading')}>
      <h2 class="outline-heading">{t('outlineHeading')}</h2>
      <section class="outline-group outline-sections">
        <h3>
          {t('sectionsHeading')} <span class="count">{outline.sections.length}</span>
        </h3>
        {outline.sections.length === 0 ? (
          <p class="outline-empty">{outline.note ?? t('outlineEmpty')}</p>
        ) : (
          <ol>
            {outline.sections.map((section) => (
              <li key={section.anchor.block} class={`level-${section.level}`}>
                <button type="button" class="outline-item" onClick={() => onJump(section.anchor)}>
                  {section.title}
                </button>
                {section.items.length > 0 && (
                  <ol>
                    {section.items.map((item) => (
                      <li key={item.anchor.block}>
                        <button type="button" class="outline-item" onClick={() => onJump(item.anchor)}>
                          {item.label}
                        </button>
                      </li>
                    ))}
                  </ol>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </nav>
  );
}
