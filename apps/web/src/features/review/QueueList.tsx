/**
 * The review queue: a virtualised listbox (TanStack Virtual) that holds any number of evidence — only the rows in
 * view are in the DOM. Rows not yet fetched show a placeholder and ask for the next page. One row is active
 * (aria-activedescendant); j/k and the arrow keys move it, the page decides what a/r/Enter do.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, local } from '../../lib/format';
import { currentLang } from '../../lib/i18n';
import { StatusBadge } from '../../ui/StatusBadge';

export interface QueueRow {
  id: string;
  seq: number | null;
  items: string[];
  agencyName: { th: string; en?: string | null };
  url: string;
  auditor: string;
  capturedAt: string;
  auditorVerdict: string;
  serverVerdict: string | null;
  disagreement: boolean;
  status: string;
}

export const ROW_HEIGHT = 52;

export function QueueList({
  rows,
  total,
  active,
  onActivate,
  onOpen,
  onNeedMore,
  label,
}: {
  rows: QueueRow[];
  /** All matching evidence, loaded or not. */
  total: number;
  active: number;
  onActivate: (index: number) => void;
  onOpen: (index: number) => void;
  /** Called when a row past the loaded ones comes into view. */
  onNeedMore: () => void;
  label: string;
}) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = Math.max(total, rows.length);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const last = items[items.length - 1];

  // Fetch ahead: when the rows in view reach within a screenful of the loaded ones.
  useEffect(() => {
    if (last && last.index >= rows.length - 20 && rows.length < total) onNeedMore();
  }, [last, rows.length, total, onNeedMore]);

  // Keep the active row in view as j/k move it.
  useEffect(() => {
    if (active >= 0 && active < count) virtualizer.scrollToIndex(active, { align: 'auto' });
  }, [active, count, virtualizer]);

  const activeRow = rows[active];
  return (
    <>
      <div className="queue-head" aria-hidden="true">
        <span>{t('review.colItems')}</span>
        <span>{t('review.colStatus')}</span>
        <span>{t('review.colAgency')}</span>
        <span>{t('review.colUrl')}</span>
        <span>{t('review.colAuditor')}</span>
        <span>{t('review.colVerdict')}</span>
        <span>{t('review.colCaptured')}</span>
      </div>
      <div
        ref={scrollRef}
        className="queue"
        role="listbox"
        aria-label={label}
        tabIndex={0}
        aria-activedescendant={activeRow ? `ev-${activeRow.id}` : undefined}
        data-testid="queue"
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            onActivate(Math.min(count - 1, active + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            onActivate(Math.max(0, active - 1));
          } else if (e.key === 'Home') {
            e.preventDefault();
            onActivate(0);
          } else if (e.key === 'End') {
            e.preventDefault();
            onActivate(count - 1);
          }
        }}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((v) => {
            const row = rows[v.index];
            return row ? (
              <Row
                key={row.id}
                row={row}
                index={v.index}
                count={count}
                start={v.start}
                selected={v.index === active}
                onActivate={onActivate}
                onOpen={onOpen}
              />
            ) : (
              <div
                key={`placeholder-${v.index}`}
                className="queue-row queue-placeholder"
                style={{ transform: `translateY(${v.start}px)` }}
                aria-hidden="true"
              >
                <span className="skeleton" style={{ width: '3rem' }} />
                <span />
                <span className="skeleton" style={{ width: '70%' }} />
              </div>
            );
          })}
        </div>
      </div>
    </>
  );
}

const Row = memo(function Row({
  row,
  index,
  count,
  start,
  selected,
  onActivate,
  onOpen,
}: {
  row: QueueRow;
  index: number;
  count: number;
  start: number;
  selected: boolean;
  onActivate: (index: number) => void;
  onOpen: (index: number) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  let host = row.url;
  try {
    host = new URL(row.url).host + new URL(row.url).pathname.replace(/\/$/, '');
  } catch {
    // keep the raw URL
  }
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox owns the keyboard (aria-activedescendant); a click picks a row
    // biome-ignore lint/a11y/useFocusableInteractive: options of an aria-activedescendant listbox are not focused themselves
    <div
      id={`ev-${row.id}`}
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={count}
      className="queue-row"
      data-evidence={row.id}
      data-status={row.status}
      style={{ transform: `translateY(${start}px)` }}
      onClick={() => onActivate(index)}
      onDoubleClick={() => onOpen(index)}
    >
      <span className="item-id">{row.items.join(', ')}</span>
      <span>
        <StatusBadge status={row.status} />
      </span>
      <span title={local(row.agencyName, lang)}>{local(row.agencyName, lang)}</span>
      <span className="small mono" title={row.url}>
        {host}
      </span>
      <span className="small">{row.auditor}</span>
      <span className="small">
        {row.disagreement ? (
          <span className="badge badge-warn" title={t('review.disagreementTitle')}>
            {t('review.disagree')}
          </span>
        ) : (
          t(`verdict.${row.serverVerdict ?? row.auditorVerdict}`, {
            defaultValue: row.serverVerdict ?? row.auditorVerdict,
          })
        )}
      </span>
      <span className="small">{formatDateTime(row.capturedAt, lang)}</span>
    </div>
  );
});
