import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { refreshAfterCommand, refreshDerivedFromEvents } from './refresh-derived';

export interface CommandRefresh {
  /** A feature's own queries to refresh; by default everything computed from events. */
  readonly queryKey?: QueryKey;
  /** Refresh after a failure too (a conflict: the screen then shows what is there now). */
  readonly evenOnError?: boolean;
}

/**
 * A mutation that sends a command, then refreshes what the command changes as the
 * projection worker catches up (see `refreshDerivedFromEvents`).
 */
export function useCommandMutation<TVariables, TResult>(
  command: (variables: TVariables) => Promise<TResult>,
  { queryKey, evenOnError = false }: CommandRefresh = {},
) {
  const queryClient = useQueryClient();
  const refresh = () => (queryKey ? refreshAfterCommand(queryClient, queryKey) : refreshDerivedFromEvents(queryClient));
  return useMutation({ mutationFn: command, ...(evenOnError ? { onSettled: refresh } : { onSuccess: refresh }) });
}
