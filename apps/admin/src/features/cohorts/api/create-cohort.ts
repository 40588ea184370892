import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { refreshAfterCommand } from '../../../lib/refresh-derived';
import { cohortKeys } from './cohort-keys';
import { cohortPaths, commandResult } from './cohort-schemas';

export interface NewCohort {
  readonly programId: string;
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
}

/** Creates a cohort; its id is the cohort stream's (`cohort-<id>`). */
export async function createCohort(cohort: NewCohort): Promise<{ cohortId: string }> {
  const result = await apiRequest(commandResult, {
    method: 'POST',
    path: cohortPaths.cohorts,
    body: cohort,
    idempotencyKey: crypto.randomUUID(),
  });
  return { cohortId: result.streamId.replace(/^cohort-/, '') };
}

export function useCreateCohort() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createCohort, onSuccess: () => refreshAfterCommand(queryClient, cohortKeys.all) });
}
