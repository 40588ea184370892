import { useMemo, useState } from 'react';
import { Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { ScreenTitle } from '../../../components/screen-title';
import { usePeople } from '../api/list-people';
import { PeopleTable } from '../components/people-table';
import { usePageTitle } from '../../../lib/page-title';

/** People (admin): find a participant and open their view. */
export function PeopleScreen() {
  usePageTitle('People');
  const people = usePeople();
  const [search, setSearch] = useState('');
  const [department, setDepartment] = useState<string | null>(null);
  const departments = useMemo(() => [...new Set((people.data ?? []).map((p) => p.department))].sort(), [people.data]);
  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return (people.data ?? []).filter(
      (p) =>
        (!department || p.department === department) &&
        (!needle || `${p.displayName} ${p.email} ${p.function}`.toLowerCase().includes(needle)),
    );
  }, [people.data, search, department]);

  return (
    <Stack gap="lg">
      <ScreenTitle title="People">Everyone in the organisation. Open a person to see their network, relationships and habits.</ScreenTitle>
      <Panel
        title={people.data ? `${shown.length} of ${people.data.length} people` : 'People'}
        actions={
          <Group gap="sm" w={{ base: '100%', sm: 'auto' }}>
            <TextInput
              aria-label="Search people"
              placeholder="Search name, email, function"
              leftSection={<IconSearch size={14} />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              w={{ base: '100%', sm: 260 }}
            />
            <Select
              aria-label="Department"
              placeholder="All departments"
              data={departments}
              value={department}
              onChange={setDepartment}
              clearable
              w={{ base: '100%', sm: 200 }}
            />
          </Group>
        }
      >
        <QueryState query={people} what="People" isEmpty={(all) => all.length === 0}>
          {() =>
            shown.length ? (
              <PeopleTable people={shown} />
            ) : (
              <Text c="dimmed" ta="center" py="lg">
                Nobody matches these filters.
              </Text>
            )
          }
        </QueryState>
      </Panel>
    </Stack>
  );
}
