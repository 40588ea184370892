import { queryOptions, useQuery } from '@tanstack/react-query';
import { orgGraphResponse, routes } from '@rapport/contracts';
import type { z } from 'zod';
import { apiQueryOptions } from '../../../lib/api-query';
import { organisationKeys } from './organisation-keys';

export type OrgGraphView = z.infer<typeof orgGraphResponse>;

/** The whole active-tie graph (admin): people with structural metrics, ties with strength. */
export const orgGraphQueryOptions = (asOf: string | undefined) =>
  queryOptions({ ...apiQueryOptions(organisationKeys.graph(asOf), routes.orgGraph, { query: { asOf } }), staleTime: 60_000 });

export function useOrgGraph(asOf: string | undefined) {
  return useQuery(orgGraphQueryOptions(asOf));
}
