import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@rapport/contracts';
import { apiQueryOptions } from '../../../lib/api-query';
import { authKeys } from './auth-keys';

/** How this deployment signs people in (demo sign-in or the organisation's provider); public. */
export const signInConfigQueryOptions = () =>
  queryOptions({
    ...apiQueryOptions(authKeys.config(), routes.signInConfig, { token: '' }),
    // Fixed for the life of the service process.
    staleTime: Infinity,
  });

export function useSignInConfig() {
  return useQuery(signInConfigQueryOptions());
}
