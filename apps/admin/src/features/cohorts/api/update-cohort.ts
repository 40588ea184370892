import { routes } from '@rapport/contracts';
import { sendCommand } from '../../../lib/api-client';
import { useCommandMutation } from '../../../lib/command-mutation';
import { cohortKeys } from './cohort-keys';

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
  return sendCommand(routes.updateCohort, { params: { id: cohortId }, body: changes });
}

export function useUpdateCohort(cohortId: string) {
  // A conflict too: the screen then shows the cohort as it is now.
  return useCommandMutation((changes: CohortChanges) => updateCohort(cohortId, changes), { queryKey: cohortKeys.all, evenOnError: true });
}
