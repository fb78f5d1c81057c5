// Writes dist/assessment.schema.json, the published JSON Schema of the assessment file, from its zod schema.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { AssessmentFile } from '../dist/assessment/schema.js';

const schema = z.toJSONSchema(AssessmentFile, { target: 'draft-2020-12', io: 'input' });
schema.$id = 'https://openita.local/schemas/assessment.schema.json';
writeFileSync(new URL('../dist/assessment.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
