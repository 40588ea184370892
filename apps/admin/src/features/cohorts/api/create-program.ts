import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { refreshAfterCommand } from '../../../lib/refresh-derived';
import { cohortKeys } from './cohort-keys';
import { cohortPaths, commandResult } from './cohort-schemas';

/** Creates a programme; its id is the programme stream's (`program-<id>`). */
export async function createProgram(program: { name: string; description?: string }): Promise<{ programId: string }> {
  const result = await apiRequest(commandResult, {
    method: 'POST',
    path: cohortPaths.programs,
    body: program,
    idempotencyKey: crypto.randomUUID(),
  });
  return { programId: result.streamId.replace(/^program-/, '') };
}

export function useCreateProgram() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createProgram, onSuccess: () => refreshAfterCommand(queryClient, cohortKeys.all) });
}
