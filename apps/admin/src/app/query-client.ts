import { QueryClient } from '@tanstack/react-query';
import { isApiProblem } from '../lib/api-problem';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // A problem the API stated (4xx) will not go away by asking again.
        retry: (failures, error) => failures < 2 && !(isApiProblem(error) && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
}
