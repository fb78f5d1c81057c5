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
import { type AgencyHeadlineQuery, AgencyHeadlineDocument } from '../graphql/local';
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

export interface ScorecardResult {
  data: AgencyScorecardQuery | null;
  error: string | null;
}

export interface ScorecardLoad {
  /** The first screen (name, headline result): small, awaited. */
  head: { data: AgencyHeadlineQuery | null; error: string | null };
  /** Everything else: asked for at the same time, not awaited (the page shows it when it comes). */
  full: Promise<ScorecardResult>;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The agency page, fresh on every visit (a review elsewhere may have changed it) and kept out of Apollo's normalised
 * cache (the page shows one snapshot; normalising the large scorecard cost the first render). Two requests at once:
 * the headline, small and awaited, and the full scorecard, which renders when it arrives.
 */
export async function scorecardLoader({ params, request }: LoaderFunctionArgs): Promise<ScorecardLoad> {
  const framework = new URL(request.url).searchParams.get('framework');
  const variables = { slug: params.slug ?? '', framework };
  const full = apolloClient
    .query({ query: AgencyScorecardDocument, variables, fetchPolicy: 'no-cache' })
    .then((r): ScorecardResult => ({ data: r.data ?? null, error: null }))
    .catch((e): ScorecardResult => ({ data: null, error: message(e) }));
  try {
    const { data } = await apolloClient.query({ query: AgencyHeadlineDocument, variables, fetchPolicy: 'no-cache' });
    return { head: { data: data ?? null, error: null }, full };
  } catch (e) {
    return { head: { data: null, error: message(e) }, full };
  }
}
