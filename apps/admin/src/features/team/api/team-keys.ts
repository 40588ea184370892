import { derivedFromEvents } from '../../../lib/query-keys';

/** Query keys of the team feature (a manager's dashboard). */
export const teamKeys = {
  all: [...derivedFromEvents, 'team'] as const,
  dashboards: () => [...teamKeys.all, 'dashboard'] as const,
  dashboard: (managerId: string, asOf: string | undefined) => [...teamKeys.dashboards(), managerId, { asOf: asOf ?? 'now' }] as const,
};
