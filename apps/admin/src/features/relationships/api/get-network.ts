import { queryOptions, useQuery } from '@tanstack/react-query';
import { personNetworkResponse, routes } from '@rapport/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { relationshipKeys } from './relationship-keys';

export type PersonNetworkView = z.infer<typeof personNetworkResponse>;

export function fetchNetwork(personId: string, asOf: string | undefined, signal?: AbortSignal) {
  return apiRequest(personNetworkResponse, {
    path: routes.network.path,
    params: { id: personId },
    query: { asOf },
    ...(signal ? { signal } : {}),
  });
}

export const networkQueryOptions = (personId: string, asOf: string | undefined) =>
  queryOptions({
    queryKey: relationshipKeys.network(personId, asOf),
    queryFn: ({ signal }) => fetchNetwork(personId, asOf, signal),
  });

export function useNetwork(personId: string, asOf: string | undefined) {
  return useQuery(networkQueryOptions(personId, asOf));
}
