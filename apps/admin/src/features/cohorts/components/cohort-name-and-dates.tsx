import type { ChangeEvent, ReactNode } from 'react';
import { SimpleGrid, TextInput } from '@mantine/core';

export type CohortNameOrDate = 'name' | 'startsOn' | 'endsOn';

/** A cohort's name and the days it runs, as the forms that create and change a cohort ask for them. */
export function CohortNameAndDates({
  draft,
  onChange,
  errorOf,
}: {
  draft: Readonly<Record<CohortNameOrDate, string>>;
  onChange: (field: CohortNameOrDate, value: string) => void;
  errorOf: (field: CohortNameOrDate) => ReactNode;
}) {
  // Each field shows its draft, reports its changes and says what is wrong with it; all are required.
  const field = (name: CohortNameOrDate) => ({
    value: draft[name],
    onChange: (e: ChangeEvent<HTMLInputElement>) => onChange(name, e.currentTarget.value),
    error: errorOf(name),
    withAsterisk: true,
  });
  return (
    <>
      <TextInput label="Cohort name" {...field('name')} />
      <SimpleGrid cols={2} spacing="sm">
        <TextInput label="Starts on" type="date" {...field('startsOn')} />
        <TextInput label="Ends on" type="date" {...field('endsOn')} />
      </SimpleGrid>
    </>
  );
}
