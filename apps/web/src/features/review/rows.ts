import type { ReviewQueueQuery } from '@openita/schema/client';
import type { QueueRow } from './QueueList';

export type { QueueRow };

type Node = ReviewQueueQuery['evidence']['edges'][number]['node'];

/** GraphQL enums (PENDING, NEEDS_REVIEW) → the words the UI uses (pending, needs-review). */
export const word = (e: string) => e.toLowerCase().replace(/_/g, '-');

export function toQueueRow(n: Node): QueueRow {
  return {
    id: n.id,
    seq: null,
    items: n.itemIds,
    agencyName: n.agency.name,
    url: n.url,
    auditor: n.auditor.name,
    capturedAt: n.capturedAt,
    auditorVerdict: word(n.verdict),
    serverVerdict: null,
    disagreement: n.disagreements.length > 0,
    status: word(n.status),
  };
}
