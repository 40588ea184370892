import { routes } from '@rapport/contracts';
import { sendCommand } from '../../../lib/api-client';
import { useCommandMutation } from '../../../lib/command-mutation';
import { cohortKeys } from './cohort-keys';

export function enrolParticipant(cohortId: string, personId: string) {
  return sendCommand(routes.enrolParticipant, { params: { id: cohortId }, body: { personId } });
}

export function useEnrolParticipant(cohortId: string) {
  return useCommandMutation((personId: string) => enrolParticipant(cohortId, personId), { queryKey: cohortKeys.all });
}
