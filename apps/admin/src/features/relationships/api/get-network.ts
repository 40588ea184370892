import { useQuery } from '@tanstack/react-query';
import { personNetworkResponse, routes } from '@rapport/contracts';
import type { z } from 'zod';
import { apiQueryOptions } from '../../../lib/api-query';
import { relationshipKeys } from './relationship-keys';

export type PersonNetworkView = z.infer<typeof personNetworkResponse>;

export const networkQueryOptions = (personId: string, asOf: string | undefined) =>
  apiQueryOptions(relationshipKeys.network(personId, asOf), routes.network, { params: { id: personId }, query: { asOf } });

export function useNetwork(personId: string, asOf: string | undefined) {
  return useQuery(networkQueryOptions(personId, asOf));
}
