/**
 * Queries the web UI needs that @openita/schema/client does not carry, written here against the checked-in SDL
 * (packages/schema/schema.graphql) with their result types by hand. Keep this file small: a query that other
 * clients would want belongs in packages/schema's documents.
 */
import { gql, type TypedDocumentNode } from '@apollo/client';

export interface AgencyNameQuery {
  agency: {
    __typename?: 'Agency';
    id: string;
    slug: string;
    name: { __typename?: 'LocalText'; th: string; en: string | null };
    websites: string[];
  } | null;
}
export interface AgencyNameVariables {
  id: string;
}

/** One agency's name and websites by id (the review queue's agency filter, the agency editor). */
export const AgencyNameDocument: TypedDocumentNode<AgencyNameQuery, AgencyNameVariables> = gql`
  query AgencyName($id: ID!) {
    agency(id: $id) {
      id
      slug
      name {
        th
        en
      }
      websites
    }
  }
`;
