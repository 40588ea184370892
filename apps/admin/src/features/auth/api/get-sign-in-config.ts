import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes, signInConfig, type SignInConfig } from '@rapport/contracts';
import { apiRequest } from '../../../lib/api-client';
import { authKeys } from './auth-keys';

/** How this deployment signs people in (demo sign-in or the organisation's provider); public. */
export function fetchSignInConfig(signal?: AbortSignal): Promise<SignInConfig> {
  return apiRequest(signInConfig, { path: routes.signInConfig.path, token: '', ...(signal ? { signal } : {}) });
}

export const signInConfigQueryOptions = () =>
  queryOptions({
    queryKey: authKeys.config(),
    queryFn: ({ signal }) => fetchSignInConfig(signal),
    // Fixed for the life of the service process.
    staleTime: Infinity,
  });

export function useSignInConfig() {
  return useQuery(signInConfigQueryOptions());
}
