import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@rapport/contracts';
import { apiRequest } from '../../../lib/api-client';
import { teamDashboard } from './team-dashboard-schema';
import { teamKeys } from './team-keys';

export const teamDashboardPath = routes.managerDashboard.path;

export function fetchTeamDashboard(managerId: string, asOf: string | undefined, signal?: AbortSignal) {
  return apiRequest(teamDashboard, { path: teamDashboardPath, params: { id: managerId }, query: { asOf }, ...(signal ? { signal } : {}) });
}

export const teamDashboardQueryOptions = (managerId: string, asOf: string | undefined) =>
  queryOptions({
    queryKey: teamKeys.dashboard(managerId, asOf),
    queryFn: ({ signal }) => fetchTeamDashboard(managerId, asOf, signal),
    retry: false,
  });

export function useTeamDashboard(managerId: string, asOf: string | undefined) {
  return useQuery(teamDashboardQueryOptions(managerId, asOf));
}
