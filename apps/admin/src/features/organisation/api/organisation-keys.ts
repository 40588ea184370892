import { derivedFromEvents } from '../../../lib/query-keys';

/** Query keys of the organisation feature (the organisation map). */
export const organisationKeys = {
  all: [...derivedFromEvents, 'organisation'] as const,
  graphs: () => [...organisationKeys.all, 'graph'] as const,
  graph: (asOf: string | undefined) => [...organisationKeys.graphs(), { asOf: asOf ?? 'now' }] as const,
};
