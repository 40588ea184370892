import { derivedFromEvents } from '../../../lib/query-keys';

/** Query keys of the relationships feature; under `derivedFromEvents` so commands refresh them. */
export const relationshipKeys = {
  all: [...derivedFromEvents, 'relationships'] as const,
  lists: () => [...relationshipKeys.all, 'list'] as const,
  list: (personId: string, asOf: string | undefined) => [...relationshipKeys.lists(), personId, { asOf: asOf ?? 'now' }] as const,
  details: () => [...relationshipKeys.all, 'network'] as const,
  network: (personId: string, asOf: string | undefined) => [...relationshipKeys.details(), personId, { asOf: asOf ?? 'now' }] as const,
};
