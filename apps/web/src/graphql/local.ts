/**
 * Queries the web UI needs that @openita/schema/client does not carry, written against the checked-in SDL
 * (packages/schema/schema.graphql) in the .graphql files beside this one. They are parsed at build time (a Vite
 * plugin: no GraphQL parser in the browser), checked against the SDL by a unit test, and typed here by hand. Keep
 * them few: a query other clients would want belongs in packages/schema's documents.
 */
import type { TypedDocumentNode } from '@apollo/client';
import agencyHeadline from './agency-headline.graphql';
import agencyName from './agency-name.graphql';

type Text = { __typename?: 'LocalText'; th: string; en: string | null };

export interface AgencyNameQuery {
  agency: { __typename?: 'Agency'; id: string; slug: string; name: Text; websites: string[] } | null;
}
export const AgencyNameDocument = agencyName as TypedDocumentNode<AgencyNameQuery, { id: string }>;

export interface AgencyHeadlineQuery {
  agency: {
    __typename?: 'Agency';
    id: string;
    slug: string;
    name: Text;
    type: string;
    typeName: Text;
    province: string | null;
    websites: string[];
    assessment: {
      __typename?: 'Assessment';
      id: string;
      revision: number;
      framework: { __typename?: 'Framework'; id: string; fiscalYear: number };
      official: {
        __typename?: 'OfficialResult';
        total: number | null;
        level: string | null;
        rank: number | null;
      } | null;
      rank: { __typename?: 'Rank'; rank: number; of: number } | null;
      score: { __typename?: 'ScoreReport'; total: number; level: string; pass: boolean; passMark: number } | null;
    } | null;
  } | null;
}
export const AgencyHeadlineDocument = agencyHeadline as TypedDocumentNode<
  AgencyHeadlineQuery,
  { slug: string; framework?: string | null }
>;
