import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { cohortKeys } from './cohort-keys';
import { cohortPaths, commandResult } from './cohort-schemas';

export function createProgram(program: { name: string; description?: string }) {
  return apiRequest(commandResult, { method: 'POST', path: cohortPaths.programs, body: program, idempotencyKey: crypto.randomUUID() });
}

export function useCreateProgram() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createProgram, onSuccess: () => void queryClient.invalidateQueries({ queryKey: cohortKeys.all }) });
}
