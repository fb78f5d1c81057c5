/** An OIT item's status in an assessment, derived by the one scoring path (domain/live.ts). */
import { itemWeights } from '@openita/scoring';
import type { ItemState } from '../../domain/live.js';
import type { AssessmentRow } from '../../domain/score-cache.js';
import { builder } from '../builder.js';
import { OitItemRef } from './framework.js';
import type { Framework } from '@openita/scoring';

export interface ItemResultShape {
  state: ItemState;
  fw: Framework;
  row: AssessmentRow;
}

export const ItemStatusEnum = builder.enumType('ItemStatus', {
  values: { PASS: { value: 'pass', description: 'Scores 100.' }, FAIL: { value: 'fail', description: 'Scores 0.' } } as const,
});

export const ItemSourceEnum = builder.enumType('ItemSource', {
  description: 'Where an item\'s status comes from.',
  values: {
    EVIDENCE: { value: 'evidence', description: 'At least one evidence for the item is accepted by its latest review.' },
    IMPORT: { value: 'import', description: 'No accepted evidence: the item\'s result in the imported assessment file.' },
    NONE: { value: 'none', description: 'Neither: the item fails (counted as 0 once the assessment has any item result).' },
  } as const,
});

const weightCache = new WeakMap<Framework, ReturnType<typeof itemWeights>>();
export function weightOf(fw: Framework, id: string) {
  let w = weightCache.get(fw);
  if (!w) {
    w = itemWeights(fw);
    weightCache.set(fw, w);
  }
  return w.get(id) ?? null;
}

export const ItemResultRef = builder.objectRef<ItemResultShape>('ItemResult').implement({
  description:
    'An OIT item in an assessment. Its status: PASS when the latest review of at least one evidence for the item accepts it; otherwise the imported result; otherwise FAIL. Rejected evidence, or evidence sent back for changes, does not change an imported result.',
  fields: (t) => ({
    id: t.string({ resolve: (r) => r.state.id }),
    item: t.field({ type: OitItemRef, resolve: (r) => r.fw.items.find((i) => i.id === r.state.id) as never }),
    status: t.field({ type: ItemStatusEnum, resolve: (r) => r.state.status }),
    source: t.field({ type: ItemSourceEnum, resolve: (r) => r.state.source }),
    imported: t.boolean({ nullable: true, description: 'The imported file\'s result for the item (null: none).', resolve: (r) => r.state.imported }),
    evidenceCount: t.int({ resolve: (r) => r.state.evidenceCount }),
    acceptedCount: t.int({ resolve: (r) => r.state.acceptedCount }),
    pendingCount: t.int({ resolve: (r) => r.state.pendingCount }),
    rejectedCount: t.int({ resolve: (r) => r.state.rejectedCount }),
    changesRequestedCount: t.int({ resolve: (r) => r.state.changesRequestedCount }),
    weight: t.float({ description: 'Points of the total this item is worth (a FY2564 10.2 item: 5).', resolve: (r) => weightOf(r.fw, r.state.id)?.total ?? 0 }),
    indicatorWeight: t.float({ description: 'Points of its indicator.', resolve: (r) => weightOf(r.fw, r.state.id)?.indicator ?? 0 }),
  }),
});
