import { Select } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { PersonView } from '@rapport/contracts';

/** Jump to a person by name (grouped by department). */
export function PeoplePicker({ people, value, onChange, label = 'Person' }: { people: readonly PersonView[]; value: string | null; onChange: (personId: string) => void; label?: string }) {
  const departments = [...new Set(people.map((p) => p.department))].sort((a, b) => a.localeCompare(b));
  const data = departments.map((department) => ({
    group: department,
    items: people.filter((p) => p.department === department).map((p) => ({ value: p.personId, label: p.displayName })),
  }));
  return (
    <Select
      aria-label={label}
      placeholder="Find a person"
      leftSection={<IconSearch size={14} />}
      data={data}
      value={value}
      onChange={(personId) => personId && onChange(personId)}
      searchable
      nothingFoundMessage="Nobody by that name"
      w={280}
      allowDeselect={false}
    />
  );
}
