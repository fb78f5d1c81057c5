/**
 * Route loaders: React Router runs them as a navigation starts, in parallel with the download of the page's chunk,
 * so the data and the code arrive together instead of one after the other.
 */
import {
  AgenciesDocument,
  type AgenciesQuery,
  type AgenciesQueryVariables,
  AgencyScorecardDocument,
  type AgencyScorecardQuery,
  FilterOptionsDocument,
} from '@openita/schema/client';
import type { LoaderFunctionArgs } from 'react-router';
import { dashboardVariables } from '../features/dashboard/variables';
import { apolloClient } from '../lib/client';

export interface DashboardLoad {
  /** The first page of the list, asked for now and not awaited: the page renders at once and shows it on arrival. */
  first: { variables: AgenciesQueryVariables; result: Promise<{ data?: AgenciesQuery | undefined }> };
}

export function dashboardLoader({ request }: LoaderFunctionArgs): DashboardLoad {
  const variables = dashboardVariables(new URL(request.url).searchParams);
  const result = apolloClient.query({ query: AgenciesDocument, variables, fetchPolicy: 'no-cache' });
  result.catch(() => {});
  void apolloClient.query({ query: FilterOptionsDocument }).catch(() => {});
  return { first: { variables, result } };
}

export interface ScorecardLoad {
  data: AgencyScorecardQuery | null;
  error: string | null;
}

/**
 * The agency page's one large query, fresh on every visit (a review elsewhere may have changed it) and kept out of
 * Apollo's normalised cache: the page shows it as one snapshot, and normalising it costs the first render.
 */
export async function scorecardLoader({ params, request }: LoaderFunctionArgs): Promise<ScorecardLoad> {
  const framework = new URL(request.url).searchParams.get('framework');
  try {
    const { data } = await apolloClient.query({
      query: AgencyScorecardDocument,
      variables: { slug: params.slug ?? '', framework },
      fetchPolicy: 'no-cache',
    });
    return { data: data ?? null, error: null };
  } catch (e) {
    return { data: null, error: e instanceof Error ? e.message : String(e) };
  }
}
