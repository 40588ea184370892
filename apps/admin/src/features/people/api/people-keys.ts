/** Query keys of the people feature (TanStack Query "Query Keys" guide: all → lists → list → details → detail). */
export const peopleKeys = {
  all: ['people'] as const,
  lists: () => [...peopleKeys.all, 'list'] as const,
  list: (filters: { readonly department?: string; readonly directory?: 'demo' }) => [...peopleKeys.lists(), filters] as const,
  details: () => [...peopleKeys.all, 'detail'] as const,
  detail: (personId: string) => [...peopleKeys.details(), personId] as const,
};
