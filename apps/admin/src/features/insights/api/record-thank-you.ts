import { routes, type SendThankYouNoteRequest } from '@rapport/contracts';
import { sendCommand } from '../../../lib/api-client';
import { useCommandMutation } from '../../../lib/command-mutation';

/** Records a thank-you note for a first meeting from the list of those still waiting for one (habit 6). */
export function useRecordThankYou() {
  return useCommandMutation((note: SendThankYouNoteRequest) => sendCommand(routes.sendThankYouNote, { body: note }));
}
