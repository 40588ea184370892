import { routes } from '@rapport/contracts';
import { sendCommand } from '../../../lib/api-client';
import { useCommandMutation } from '../../../lib/command-mutation';
import { cohortKeys } from './cohort-keys';

/** Creates a programme; its id is the programme stream's (`program-<id>`). */
export async function createProgram(program: { name: string; description?: string }): Promise<{ programId: string }> {
  const result = await sendCommand(routes.createProgram, { body: program });
  return { programId: result.streamId.replace(/^program-/, '') };
}

export function useCreateProgram() {
  return useCommandMutation(createProgram, { queryKey: cohortKeys.all });
}
