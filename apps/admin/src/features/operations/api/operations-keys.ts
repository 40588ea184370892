import { derivedFromEvents } from '../../../lib/query-keys';

/** Query keys of the operations feature; the event log and projection status change with every command. */
export const operationsKeys = {
  all: [...derivedFromEvents, 'operations'] as const,
  eventLists: () => [...operationsKeys.all, 'events'] as const,
  events: (filters: { readonly type?: string; readonly streamId?: string; readonly order: 'asc' | 'desc' }) =>
    [...operationsKeys.eventLists(), filters] as const,
  projectionStatus: () => [...operationsKeys.all, 'projections', 'status'] as const,
};
