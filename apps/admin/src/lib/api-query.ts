import { queryOptions, type QueryKey } from '@tanstack/react-query';
import { apiRequest, type ApiRequest, type ApiRoute } from './api-client';

/**
 * The query options of one read of the API: `route` (`routes.…`) asked under `queryKey`,
 * its answer checked against the route's schema, the request cancelled with the query.
 * Spread them into `queryOptions` to add a stale time or a retry policy.
 */
export function apiQueryOptions<T, TKey extends QueryKey>(
  queryKey: TKey,
  route: ApiRoute<T>,
  request: Pick<ApiRequest, 'params' | 'query' | 'token'> = {},
) {
  return queryOptions({ queryKey, queryFn: ({ signal }) => apiRequest(route.success.schema, { ...request, path: route.path, signal }) });
}
