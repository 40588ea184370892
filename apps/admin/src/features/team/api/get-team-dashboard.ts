import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@rapport/contracts';
import { apiQueryOptions } from '../../../lib/api-query';
import { teamKeys } from './team-keys';

export const teamDashboardQueryOptions = (managerId: string, asOf: string | undefined) =>
  queryOptions({
    ...apiQueryOptions(teamKeys.dashboard(managerId, asOf), routes.managerDashboard, { params: { id: managerId }, query: { asOf } }),
    retry: false,
  });

export function useTeamDashboard(managerId: string, asOf: string | undefined) {
  return useQuery(teamDashboardQueryOptions(managerId, asOf));
}
