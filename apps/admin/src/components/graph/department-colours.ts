import { useCallback } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes } from '@rapport/contracts';
import { departmentColour } from '@rapport/contracts/presentation';
import { apiQueryOptions } from '../../lib/api-query';
import { derivedFromEvents } from '../../lib/query-keys';

export const departmentKeys = { all: [...derivedFromEvents, 'departments'] as const };

const departmentsQueryOptions = () => queryOptions({ ...apiQueryOptions(departmentKeys.all, routes.departments), staleTime: 5 * 60_000 });

export type DepartmentColourOf = (department: string | null | undefined) => string;

/**
 * The colour of each department, from the organisation's whole department list: the same
 * on every screen and at every `asOf`, whoever the screen shows. Undefined until the list
 * has arrived, so a picture is drawn once, in its final colours.
 */
export function useDepartmentColours(): DepartmentColourOf | undefined {
  const { data } = useQuery(departmentsQueryOptions());
  const colourOf = useCallback<DepartmentColourOf>((department) => departmentColour(department, data?.departments ?? []), [data]);
  return data ? colourOf : undefined;
}
