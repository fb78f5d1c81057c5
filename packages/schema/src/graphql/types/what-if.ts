import type { WhatIfEntry } from '@openita/scoring';
import type { Framework } from '@openita/scoring';
import { builder } from '../builder.js';
import { OitItemRef } from './framework.js';

export const WhatIfStatus = builder.enumType('WhatIfStatus', {
  values: { PASS: { value: 'pass' }, FAIL: { value: 'fail' }, UNKNOWN: { value: 'unknown', description: 'Items are not scored one by one in this assessment.' } } as const,
});

export const WhatIfEntryRef = builder.objectRef<WhatIfEntry & { fw: Framework }>('WhatIfEntry').implement({
  description: 'How much the total moves if one OIT item passes or fails, all else unchanged. Failing items first, most valuable fix first: the agency\'s to-do list.',
  fields: (t) => ({
    item: t.field({ type: OitItemRef, resolve: (e) => e.fw.items.find((i) => i.id === e.item) as never }),
    id: t.string({ resolve: (e) => e.item }),
    status: t.field({ type: WhatIfStatus, resolve: (e) => e.status }),
    weight: t.exposeFloat('weight', { description: 'Points of the total the item is worth.' }),
    indicatorWeight: t.exposeFloat('indicatorWeight', { description: 'Points of its indicator.' }),
    totalIfPass: t.float({ nullable: true, resolve: (e) => e.totalIfPass }),
    totalIfFail: t.float({ nullable: true, resolve: (e) => e.totalIfFail }),
    levelIfPass: t.string({ nullable: true, resolve: (e) => e.levelIfPass }),
    gain: t.exposeFloat('gain', { description: 'What passing it would add to the total now.' }),
    risk: t.exposeFloat('risk', { description: 'What failing it would take away.' }),
  }),
});
