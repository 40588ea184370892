import { routes } from '@rapport/contracts';
import { sendCommand } from '../../../lib/api-client';
import { useCommandMutation } from '../../../lib/command-mutation';
import { cohortKeys } from './cohort-keys';

export interface NewCohort {
  readonly programId: string;
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
}

/** Creates a cohort; its id is the cohort stream's (`cohort-<id>`). */
export async function createCohort(cohort: NewCohort): Promise<{ cohortId: string }> {
  const result = await sendCommand(routes.createCohort, { body: cohort });
  return { cohortId: result.streamId.replace(/^cohort-/, '') };
}

export function useCreateCohort() {
  return useCommandMutation(createCohort, { queryKey: cohortKeys.all });
}
