import { queryOptions, useQuery } from '@tanstack/react-query';
import { orgGraphResponse, routes } from '@rapport/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { derivedFromEvents } from '../../../lib/query-keys';

export type OrgGraphView = z.infer<typeof orgGraphResponse>;

export const organisationKeys = {
  all: [...derivedFromEvents, 'organisation'] as const,
  graphs: () => [...organisationKeys.all, 'graph'] as const,
  graph: (asOf: string | undefined) => [...organisationKeys.graphs(), { asOf: asOf ?? 'now' }] as const,
};

/** The whole active-tie graph (admin): people with structural metrics, ties with strength. */
export function fetchOrgGraph(asOf: string | undefined, signal?: AbortSignal) {
  return apiRequest(orgGraphResponse, { path: routes.orgGraph.path, query: { asOf }, ...(signal ? { signal } : {}) });
}

export const orgGraphQueryOptions = (asOf: string | undefined) =>
  queryOptions({ queryKey: organisationKeys.graph(asOf), queryFn: ({ signal }) => fetchOrgGraph(asOf, signal), staleTime: 60_000 });

export function useOrgGraph(asOf: string | undefined) {
  return useQuery(orgGraphQueryOptions(asOf));
}
