import type { LocalText } from '@openita/scoring';
import { builder } from '../builder.js';

export const LocalTextRef = builder.objectRef<LocalText>('LocalText').implement({
  description: 'Text users read: Thai always, English where we have it.',
  fields: (t) => ({
    th: t.exposeString('th'),
    en: t.string({ nullable: true, resolve: (l) => l.en ?? null }),
  }),
});

export const LocalTextInput = builder.inputType('LocalTextInput', {
  fields: (t) => ({ th: t.string({ required: true }), en: t.string() }),
});
