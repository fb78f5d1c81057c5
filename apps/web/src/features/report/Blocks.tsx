/**
 * The analysis document (packages/scoring's analysisDocument(): headings, paragraphs, tables and lists in the seed
 * report's order) as React elements. Sections become <section>s with stable ids, for the table of contents and
 * for print page breaks.
 */
import type { Block, Cell } from '@openita/scoring';
import { Fragment } from 'react';

interface SectionGroup {
  id: string | null;
  blocks: Block[];
}

function group(blocks: Block[]): SectionGroup[] {
  const out: SectionGroup[] = [{ id: null, blocks: [] }];
  for (const b of blocks) {
    if (b.kind === 'section') out.push({ id: b.id, blocks: [] });
    else (out[out.length - 1] as SectionGroup).blocks.push(b);
  }
  return out.filter((g) => g.blocks.length);
}

export function ReportBlocks({ blocks, extra }: { blocks: Block[]; extra?: Record<string, React.ReactNode> }) {
  return (
    <>
      {group(blocks).map((g, k) =>
        g.id ? (
          <section key={g.id} id={`report-${g.id}`} className={`report-section report-${g.id}`} data-section={g.id}>
            {g.blocks.map((b, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a document's blocks are fixed, in order
              <BlockView key={i} block={b} />
            ))}
            {extra?.[g.id] ?? null}
          </section>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the untitled lead group
          <Fragment key={k}>
            {g.blocks.map((b, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a document's blocks are fixed, in order
              <BlockView key={i} block={b} />
            ))}
          </Fragment>
        ),
      )}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading': {
      const H = `h${block.level}` as 'h1' | 'h2' | 'h3' | 'h4';
      return <H>{block.text}</H>;
    }
    case 'paragraph':
      return (
        <p className={block.note ? 'small muted' : undefined}>
          {block.strong ? <strong>{block.strong} </strong> : null}
          {block.text}
        </p>
      );
    case 'list': {
      const L = block.ordered ? 'ol' : 'ul';
      return (
        <L>
          {block.items.map((it, k) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: list items of a fixed document
            <li key={k}>
              {it.strong ? <strong>{it.strong} </strong> : null}
              {it.text}
              {it.detail?.length ? (
                <ul>
                  {it.detail.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </L>
      );
    }
    case 'table':
      return (
        <div className="table-wrap">
          <table className={`table report-table ${block.className ? `report-${block.className}` : ''}`}>
            <thead>
              <tr>
                {block.header.map((c, k) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns of a fixed table
                  <th key={k} scope="col" className={c.numeric ? 'num' : undefined} colSpan={c.span}>
                    {c.text}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows of a fixed table
                <tr key={r} className={row.length === 1 && row[0]?.strong ? 'group-row' : undefined}>
                  {row.map((c, k) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells of a fixed row
                    <CellView key={k} cell={c} header={row.length === 1 && !!c.strong} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    default:
      return null;
  }
}

function CellView({ cell, header }: { cell: Cell; header: boolean }) {
  const style = cell.indent ? { paddingLeft: `${0.5 + cell.indent * 1.25}rem` } : undefined;
  if (header)
    return (
      <th colSpan={cell.span} scope="colgroup" style={style}>
        {cell.text}
      </th>
    );
  return (
    <td colSpan={cell.span} className={cell.numeric ? 'num' : undefined} style={style}>
      {cell.strong ? <strong>{cell.text}</strong> : cell.text}
    </td>
  );
}
