import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { operationsKeys } from './operations-keys';

/** One line of the event log; read leniently until the event-log contract is published. */
const loggedEvent = z.object({
  eventId: z.string(),
  type: z.string(),
  schemaVersion: z.number().optional(),
  streamId: z.string().optional(),
  streamVersion: z.number().optional(),
  occurredAt: z.string().optional(),
  recordedAt: z.string().optional(),
  actorId: z.string().optional(),
  globalPosition: z.union([z.string(), z.number()]).optional(),
});
export type LoggedEvent = z.infer<typeof loggedEvent>;

const eventPage = z.object({ items: z.array(loggedEvent), nextCursor: z.string().nullable().optional() });

export const eventsPath = '/v1/events';

export function fetchEvents(filters: { type?: string; streamId?: string }, signal?: AbortSignal) {
  return apiRequest(eventPage, { path: eventsPath, query: { limit: 50, type: filters.type, streamId: filters.streamId }, ...(signal ? { signal } : {}) });
}

export const eventsQueryOptions = (filters: { type?: string; streamId?: string }) =>
  queryOptions({
    queryKey: operationsKeys.events(filters),
    queryFn: ({ signal }) => fetchEvents(filters, signal),
    retry: false,
  });

export function useEvents(filters: { type?: string; streamId?: string }) {
  return useQuery(eventsQueryOptions(filters));
}
