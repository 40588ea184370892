import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { eventLogResponse, routes } from '@rapport/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { operationsKeys } from './operations-keys';

export type EventLogPage = z.infer<typeof eventLogResponse>;
export type LoggedEvent = EventLogPage['items'][number];
export type EventLogOrder = 'desc' | 'asc';

export interface EventLogFilters {
  readonly type?: string;
  readonly streamId?: string;
  /** `desc`: the latest events first, paging back in time; `asc`: from the first event on. */
  readonly order: EventLogOrder;
}

export const EVENTS_PER_PAGE = 50;

/** One page of the event log: newest first before a position, or oldest first after one (both exclusive). */
export function fetchEvents(filters: EventLogFilters, from: string | undefined, signal?: AbortSignal) {
  return apiRequest(eventLogResponse, {
    path: routes.eventLog.path,
    query: {
      order: filters.order,
      ...(filters.order === 'desc' ? { before: from } : { after: from }),
      limit: EVENTS_PER_PAGE,
      type: filters.type,
      streamId: filters.streamId,
    },
    ...(signal ? { signal } : {}),
  });
}

export const eventsQueryOptions = (filters: EventLogFilters) =>
  infiniteQueryOptions({
    queryKey: operationsKeys.events(filters),
    queryFn: ({ pageParam, signal }) => fetchEvents(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => (filters.order === 'desc' ? page.nextBefore : page.nextAfter) ?? undefined,
  });

export function useEvents(filters: EventLogFilters) {
  return useInfiniteQuery(eventsQueryOptions(filters));
}
