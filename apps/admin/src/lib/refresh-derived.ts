import type { QueryClient } from '@tanstack/react-query';
import { derivedFromEvents } from './query-keys';

/**
 * After a command, refresh everything computed from events. Read models are updated
 * asynchronously by the projection worker (usually within milliseconds), so the refresh
 * is repeated a little later to pick up what had not been projected yet.
 */
export function refreshDerivedFromEvents(queryClient: QueryClient, laterMs: readonly number[] = [600, 2000]): void {
  void queryClient.invalidateQueries({ queryKey: derivedFromEvents });
  for (const delay of laterMs) {
    setTimeout(() => void queryClient.invalidateQueries({ queryKey: derivedFromEvents }), delay);
  }
}
