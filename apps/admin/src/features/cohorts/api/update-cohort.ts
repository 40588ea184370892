import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routes } from '@rapport/contracts';
import { apiRequest } from '../../../lib/api-client';
import { refreshAfterCommand } from '../../../lib/refresh-derived';
import { cohortKeys } from './cohort-keys';
import { commandResult } from './cohort-schemas';

/** What changes in a cohort: only the fields that differ, against the version the admin saw. */
export interface CohortChanges {
  readonly expectedVersion: number;
  readonly name?: string;
  readonly startsOn?: string;
  readonly endsOn?: string;
  readonly goals?: readonly string[];
}

/** Changes a cohort (CohortUpdated); a 409 means someone else changed it since it was read. */
export function updateCohort(cohortId: string, changes: CohortChanges) {
  return apiRequest(commandResult, {
    method: 'PATCH',
    path: routes.updateCohort.path,
    params: { id: cohortId },
    body: changes,
    idempotencyKey: crypto.randomUUID(),
  });
}

export function useUpdateCohort(cohortId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: CohortChanges) => updateCohort(cohortId, changes),
    // A conflict too: the screen then shows the cohort as it is now.
    onSettled: () => refreshAfterCommand(queryClient, cohortKeys.all),
  });
}
