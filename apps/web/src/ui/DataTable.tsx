/**
 * A semantic, sortable table on TanStack Table. Long lists (more than `virtualFrom` rows) are virtualised against the
 * window with TanStack Virtual: only the rows in view are in the DOM, spacer rows keep the scroll height, and the
 * table stays a real <table> for screen readers (aria-rowcount / aria-rowindex say where a row is).
 */
import {
  type ColumnDef,
  createSortedRowModel,
  type Row,
  type RowData,
  rowSortingFeature,
  type SortingState,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export const sortableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
});
export type SortableFeatures = typeof sortableFeatures;
// biome-ignore lint/suspicious/noExplicitAny: column value types differ per column, as in TanStack's own examples
export type Columns<T extends RowData> = ColumnDef<SortableFeatures, T, any>[];

export interface ColumnMetaExtra {
  numeric?: boolean;
  /** Left out on narrow screens. */
  hideNarrow?: boolean;
  /** A row header (the agency's name), for screen readers reading a row. */
  rowHeader?: boolean;
}

function cls(meta: ColumnMetaExtra | undefined): string | undefined {
  const c = [meta?.numeric ? 'num' : '', meta?.hideNarrow ? 'hide-narrow' : ''].filter(Boolean).join(' ');
  return c || undefined;
}

export function DataTable<T extends RowData>({
  columns,
  data,
  caption,
  captionHidden,
  initialSort = [],
  getRowId,
  virtualFrom = 150,
  rowHeight = 49,
  empty,
  testId,
  sorting: controlledSorting,
  onSortingChange,
  onNearEnd,
}: {
  columns: Columns<T>;
  data: T[];
  caption: string;
  captionHidden?: boolean;
  initialSort?: SortingState;
  getRowId?: (row: T) => string;
  virtualFrom?: number;
  rowHeight?: number;
  empty?: React.ReactNode;
  testId?: string;
  /** Server-side sorting: the rows arrive sorted; the header only reports what the user asked for. */
  sorting?: SortingState;
  onSortingChange?: (sorting: SortingState) => void;
  /** Called when the last rows come into view (to fetch the next page). */
  onNearEnd?: () => void;
}) {
  const { t } = useTranslation();
  const [localSorting, setLocalSorting] = useState<SortingState>(initialSort);
  const manual = controlledSorting !== undefined;
  const sorting = manual ? controlledSorting : localSorting;
  const table = useTable({
    features: sortableFeatures,
    columns,
    data,
    state: { sorting },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      if (manual) onSortingChange?.(next);
      else setLocalSorting(next);
    },
    manualSorting: manual,
    enableSortingRemoval: false,
    ...(getRowId ? { getRowId: (row: T) => getRowId(row) } : {}),
  });
  const rows = table.getRowModel().rows;
  const virtual = rows.length > virtualFrom;
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const colCount = table.getAllLeafColumns().length;
  // A short table is drawn whole (no virtualizer at all); it asks for more when it has drawn its last row.
  useEffect(() => {
    if (!virtual && onNearEnd) onNearEnd();
  }, [virtual, onNearEnd]);

  const renderRow = (row: Row<SortableFeatures, T>, index: number) => (
    <tr key={row.id} aria-rowindex={index + 2} style={virtual ? { height: rowHeight } : undefined}>
      {row.getAllCells().map((cell) => {
        const meta = cell.column.columnDef.meta as ColumnMetaExtra | undefined;
        if (meta?.rowHeader)
          return (
            <th key={cell.id} scope="row" style={{ fontWeight: 'inherit' }}>
              <table.FlexRender cell={cell} />
            </th>
          );
        return (
          <td key={cell.id} className={cls(meta)}>
            <table.FlexRender cell={cell} />
          </td>
        );
      })}
    </tr>
  );

  return (
    <div className="table-wrap" data-testid={testId}>
      <table className="table" aria-rowcount={rows.length + 1}>
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const meta = header.column.columnDef.meta as ColumnMetaExtra | undefined;
                const sorted = header.column.getIsSorted();
                const canSort = header.column.getCanSort();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={cls(meta)}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {header.isPlaceholder ? null : canSort ? (
                      <button
                        type="button"
                        className="sort-btn"
                        onClick={header.column.getToggleSortingHandler()}
                        title={t('table.sortBy')}
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden="true">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody ref={bodyRef}>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={colCount}>{empty ?? t('common.none')}</td>
            </tr>
          ) : null}
          {virtual ? (
            <VirtualRows
              count={rows.length}
              rowHeight={rowHeight}
              bodyRef={bodyRef}
              colCount={colCount}
              onNearEnd={onNearEnd}
              render={(index) => {
                const row = rows[index];
                return row ? renderRow(row, index) : null;
              }}
            />
          ) : (
            rows.map((row, index) => renderRow(row, index))
          )}
        </tbody>
      </table>
    </div>
  );
}

/** The rows in view of a long table (TanStack Virtual against the window), with spacer rows for the rest. */
function VirtualRows({
  count,
  rowHeight,
  bodyRef,
  colCount,
  onNearEnd,
  render,
}: {
  count: number;
  rowHeight: number;
  bodyRef: React.RefObject<HTMLTableSectionElement | null>;
  colCount: number;
  onNearEnd: (() => void) | undefined;
  render: (index: number) => React.ReactNode;
}) {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    if (bodyRef.current) setOffset(bodyRef.current.getBoundingClientRect().top + window.scrollY);
  }, [bodyRef]);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => rowHeight,
    overscan: 12,
    scrollMargin: offset,
  });
  const items = virtualizer.getVirtualItems();
  const last = items[items.length - 1]?.index;
  useEffect(() => {
    if (onNearEnd && last !== undefined && last >= count - 15) onNearEnd();
  }, [last, count, onNearEnd]);
  const padTop = items.length ? (items[0]?.start ?? 0) - offset : 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - ((items[items.length - 1]?.end ?? 0) - offset) : 0;
  return (
    <>
      {padTop > 0 ? (
        // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row with an empty cell, nothing to focus
        <tr aria-hidden="true" style={{ height: padTop }}>
          <td colSpan={colCount} style={{ padding: 0, border: 0 }} />
        </tr>
      ) : null}
      {items.map((v) => render(v.index))}
      {padBottom > 0 ? (
        // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row with an empty cell, nothing to focus
        <tr aria-hidden="true" style={{ height: padBottom }}>
          <td colSpan={colCount} style={{ padding: 0, border: 0 }} />
        </tr>
      ) : null}
    </>
  );
}
