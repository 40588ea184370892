import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { derivedFromEvents } from './query-keys';

/**
 * After a command, refresh what is computed from events (`queryKey`: by default
 * everything). Read models are updated asynchronously by the projection worker (usually
 * within milliseconds, never before the command's answer), so the refresh is repeated a
 * little later to pick up what had not been projected yet, the last time after seconds
 * for a busy worker.
 */
export function refreshDerivedFromEvents(
  queryClient: QueryClient,
  laterMs: readonly number[] = [600, 2000, 6000, 15000],
  queryKey: QueryKey = derivedFromEvents,
): void {
  void queryClient.invalidateQueries({ queryKey });
  for (const delay of laterMs) {
    setTimeout(() => void queryClient.invalidateQueries({ queryKey }), delay);
  }
}

/** refreshDerivedFromEvents for the queries under one key (a feature's own read models). */
export const refreshAfterCommand = (queryClient: QueryClient, queryKey: QueryKey): void =>
  refreshDerivedFromEvents(queryClient, [300, 1000, 3000], queryKey);
