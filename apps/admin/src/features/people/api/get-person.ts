import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@rapport/contracts';
import { apiQueryOptions } from '../../../lib/api-query';
import { peopleKeys } from './people-keys';

export const personQueryOptions = (personId: string) =>
  queryOptions({ ...apiQueryOptions(peopleKeys.detail(personId), routes.getPerson, { params: { id: personId } }), staleTime: 60_000 });

export function usePerson(personId: string) {
  return useQuery(personQueryOptions(personId));
}
