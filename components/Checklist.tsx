import type { ChecklistItem } from '../lib/checklist';
import type { Translate } from '../lib/i18n';

export interface ChecklistProps {
  items: readonly ChecklistItem[];
  checked: ReadonlySet<string>;
  autoChecked: ReadonlySet<string>;
  links: Record<string, string>;
  t: Translate;
  onToggle(id: string, value: boolean): void;
  onReset(): void;
}

/** "Sebelum masuk": the account-safety checklist, each item with its why and official source. */
export function Checklist({ items, checked, autoChecked, links, t, onToggle, onReset }: ChecklistProps) {
  const done = items.filter((i) => checked.has(i.id) || autoChecked.has(i.id)).length;
  return (
    <section class="checklist" aria-labelledby="check-title">
      <h2 id="check-title">{t('check_heading')}</h2>
      <p class="progress" role="status">
        {t('check_progress', [String(done), String(items.length)])}
      </p>
      <ul>
        {items.map((item) => {
          const auto = autoChecked.has(item.id);
          const href = item.source ? links[item.source] : undefined;
          return (
            <li key={item.id}>
              <label>
                <input
                  type="checkbox"
                  data-id={item.id}
                  checked={auto || checked.has(item.id)}
                  disabled={auto}
                  onChange={(e) => onToggle(item.id, (e.currentTarget as HTMLInputElement).checked)}
                />
                <span>{t(`check_${item.id}`)}</span>
                {auto && <em class="auto"> ({t('check_auto')})</em>}
              </label>
              <p class="why">
                {t(`check_${item.id}_why`)}{' '}
                {href && (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {t('check_source')}
                  </a>
                )}
              </p>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={onReset}>
        {t('check_reset')}
      </button>
    </section>
  );
}
