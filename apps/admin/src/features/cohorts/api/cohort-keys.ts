import { derivedFromEvents } from '../../../lib/query-keys';

/** Query keys of the cohorts feature. */
export const cohortKeys = {
  all: [...derivedFromEvents, 'cohorts'] as const,
  lists: () => [...cohortKeys.all, 'list'] as const,
  list: () => [...cohortKeys.lists(), {}] as const,
  details: () => [...cohortKeys.all, 'detail'] as const,
  detail: (cohortId: string) => [...cohortKeys.details(), cohortId] as const,
  summary: (cohortId: string, asOf: string | undefined) => [...cohortKeys.detail(cohortId), 'summary', { asOf: asOf ?? 'now' }] as const,
  participants: (cohortId: string, asOf: string | undefined) =>
    [...cohortKeys.detail(cohortId), 'participants', { asOf: asOf ?? 'now' }] as const,
  series: (cohortId: string, asOf: string | undefined) => [...cohortKeys.detail(cohortId), 'series', { asOf: asOf ?? 'now' }] as const,
  programs: () => [...cohortKeys.all, 'programs'] as const,
};
