import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { PersonView } from '@rapport/contracts';
import { Link } from '@tanstack/react-router';

/** The organisation's people; each name is a link to that person's view (it opens in a new tab as any link does). */
export function PeopleTable({ people }: { people: readonly PersonView[] }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" highlightOnHover aria-label="People">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Department</Table.Th>
            <Table.Th>Function</Table.Th>
            <Table.Th>Location</Table.Th>
            <Table.Th ta="right">Seniority</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => (
            <Table.Tr key={person.personId}>
              <Table.Td>
                <Anchor component={Link} to="/people/$personId" params={{ personId: person.personId } as never} size="sm" fw={500}>
                  {person.displayName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {person.email}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {/* The whole department, never cut off: the table scrolls sideways on a narrow screen instead. */}
                <Badge variant="light" radius="sm">
                  {person.department}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{person.function}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{person.location}</Text>
              </Table.Td>
              <Table.Td ta="right">{person.seniority}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
