import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { eventLogResponse, routes } from '@rapport/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { operationsKeys } from './operations-keys';

export type EventLogPage = z.infer<typeof eventLogResponse>;
export type LoggedEvent = EventLogPage['items'][number];

export interface EventLogFilters {
  readonly type?: string;
  readonly streamId?: string;
}

/** One page of the event log in global order, after a position (exclusive). */
export function fetchEvents(filters: EventLogFilters, after: string, signal?: AbortSignal) {
  return apiRequest(eventLogResponse, {
    path: routes.eventLog.path,
    query: { after, limit: 50, type: filters.type, streamId: filters.streamId },
    ...(signal ? { signal } : {}),
  });
}

export const eventsQueryOptions = (filters: EventLogFilters) =>
  infiniteQueryOptions({
    queryKey: operationsKeys.events(filters),
    queryFn: ({ pageParam, signal }) => fetchEvents(filters, pageParam, signal),
    initialPageParam: '0',
    getNextPageParam: (page) => page.nextAfter ?? undefined,
  });

export function useEvents(filters: EventLogFilters) {
  return useInfiniteQuery(eventsQueryOptions(filters));
}
