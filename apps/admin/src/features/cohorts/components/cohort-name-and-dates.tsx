import type { ReactNode } from 'react';
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
  return (
    <>
      <TextInput
        label="Cohort name"
        value={draft.name}
        onChange={(e) => onChange('name', e.currentTarget.value)}
        error={errorOf('name')}
        withAsterisk
      />
      <SimpleGrid cols={2} spacing="sm">
        <TextInput
          label="Starts on"
          type="date"
          value={draft.startsOn}
          onChange={(e) => onChange('startsOn', e.currentTarget.value)}
          error={errorOf('startsOn')}
          withAsterisk
        />
        <TextInput
          label="Ends on"
          type="date"
          value={draft.endsOn}
          onChange={(e) => onChange('endsOn', e.currentTarget.value)}
          error={errorOf('endsOn')}
          withAsterisk
        />
      </SimpleGrid>
    </>
  );
}
