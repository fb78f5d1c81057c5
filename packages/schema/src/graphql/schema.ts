/** The GraphQL schema: every type file registers itself on the one builder; this file puts them together. */
import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.js';
import './types/scalars.js';
import './types/errors.js';
import './types/local-text.js';
import './types/framework.js';
import './types/item-result.js';
import './types/score.js';
import './types/what-if.js';
import './types/agency.js';
import './types/assessment.js';
import './types/user.js';
import './types/evidence.js';
import './types/review.js';
import './types/api-token.js';
import './types/viewer.js';
import './types/ranking.js';

export const schema = builder.toSchema({ sortSchema: false });

/** The SDL as checked in (schema.graphql): sorted, so that diffs show real changes only. */
export function printSdl(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
