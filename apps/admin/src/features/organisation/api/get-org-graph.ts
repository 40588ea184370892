import { queryOptions, useQuery } from '@tanstack/react-query';
import { orgGraphResponse, routes } from '@rapport/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { organisationKeys } from './organisation-keys';

export type OrgGraphView = z.infer<typeof orgGraphResponse>;

/** The whole active-tie graph (admin): people with structural metrics, ties with strength. */
export function fetchOrgGraph(asOf: string | undefined, signal?: AbortSignal) {
  return apiRequest(orgGraphResponse, { path: routes.orgGraph.path, query: { asOf }, ...(signal ? { signal } : {}) });
}

export const orgGraphQueryOptions = (asOf: string | undefined) =>
  queryOptions({ queryKey: organisationKeys.graph(asOf), queryFn: ({ signal }) => fetchOrgGraph(asOf, signal), staleTime: 60_000 });

export function useOrgGraph(asOf: string | undefined) {
  return useQuery(orgGraphQueryOptions(asOf));
}
