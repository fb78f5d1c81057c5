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

export interface AgencyReportQuery {
  agency: {
    __typename?: 'Agency';
    id: string;
    slug: string;
    name: { __typename?: 'LocalText'; th: string; en: string | null };
    assessment: {
      __typename?: 'Assessment';
      id: string;
      revision: number;
      framework: { __typename?: 'Framework'; id: string; fiscalYear: number };
      /** The assessment file as the API scores it now (the import, with each item's derived result). */
      scoringInput: unknown;
      /** Assessment.analysis, once the API offers it (issue 7); until then the page computes it from scoringInput. */
      analysis?: unknown;
    } | null;
  } | null;
}
export interface AgencyReportVariables {
  slug: string;
  framework?: string | null;
}

/** What the report page needs: the agency's name and the assessment as scored. */
export const AgencyReportDocument: TypedDocumentNode<AgencyReportQuery, AgencyReportVariables> = gql`
  query AgencyReport($slug: String!, $framework: String) {
    agency(slug: $slug) {
      id
      slug
      name {
        th
        en
      }
      assessment(framework: $framework) {
        id
        revision
        framework {
          id
          fiscalYear
        }
        scoringInput
      }
    }
  }
`;
