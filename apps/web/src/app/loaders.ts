/**
 * Route loaders: React Router runs them as a navigation starts, in parallel with the download of the page's chunk,
 * so the data and the code arrive together instead of one after the other.
 */
import {
  AgenciesDocument,
  AgencyScorecardDocument,
  type AgencyScorecardQuery,
  FilterOptionsDocument,
} from '@openita/schema/client';
import type { LoaderFunctionArgs } from 'react-router';
import { dashboardVariables } from '../features/dashboard/variables';
import { apolloClient } from '../lib/client';

/** The dashboard reads through Apollo's cache (it pages and filters): warm it, do not wait. */
export function dashboardLoader({ request }: LoaderFunctionArgs): null {
  const params = new URL(request.url).searchParams;
  void apolloClient.query({ query: AgenciesDocument, variables: dashboardVariables(params) }).catch(() => {});
  void apolloClient.query({ query: FilterOptionsDocument }).catch(() => {});
  return null;
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
