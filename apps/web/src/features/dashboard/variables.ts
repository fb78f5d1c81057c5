import type { AgenciesQueryVariables, AgencySort, AgencyType } from '@openita/schema/client';

export const PAGE = 200;
export const SORTS: Record<string, AgencySort> = { 'score-desc': 'SCORE_DESC', 'score-asc': 'SCORE_ASC', name: 'NAME' };

/** The Agencies query's variables for the dashboard's URL (?q, type, province, level, sort). */
export function dashboardVariables(params: URLSearchParams): AgenciesQueryVariables {
  const q = params.get('q') ?? '';
  const type = params.get('type') ?? '';
  const province = params.get('province') ?? '';
  const level = params.get('level') ?? '';
  return {
    search: q.trim() || null,
    types: type ? [type as AgencyType] : null,
    provinces: province ? [province] : null,
    levels: level ? [level] : null,
    sort: SORTS[params.get('sort') ?? 'score-desc'] ?? 'SCORE_DESC',
    first: PAGE,
  };
}
