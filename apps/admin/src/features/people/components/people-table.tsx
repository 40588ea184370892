import { Anchor, Badge, Text } from '@mantine/core';
import type { PersonView } from '@rapport/contracts';
import { Link } from '@tanstack/react-router';
import { DataTable, textColumn, type Column } from '../../../components/data-table';

const columns: Column<PersonView>[] = [
  {
    header: 'Name',
    cell: (person) => (
      <>
        <Anchor component={Link} to="/people/$personId" params={{ personId: person.personId } as never} size="sm" fw={500}>
          {person.displayName}
        </Anchor>
        <Text size="xs" c="dimmed">
          {person.email}
        </Text>
      </>
    ),
  },
  {
    header: 'Department',
    // The whole department, never cut off: the table scrolls sideways on a narrow screen instead.
    nowrap: true,
    cell: (person) => (
      <Badge variant="light" radius="sm">
        {person.department}
      </Badge>
    ),
  },
  textColumn('Function', (person) => person.function),
  textColumn('Location', (person) => person.location),
  { header: 'Seniority', align: 'right', cell: (person) => person.seniority },
];

/** The organisation's people; each name is a link to that person's view (it opens in a new tab as any link does). */
export function PeopleTable({ people }: { people: readonly PersonView[] }) {
  return <DataTable label="People" rows={people} rowKey={(person) => person.personId} columns={columns} minWidth={640} highlightOnHover />;
}
