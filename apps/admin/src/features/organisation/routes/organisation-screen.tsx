import { useMemo, useState } from 'react';
import { Group, MultiSelect, Stack, Switch, Text, Title } from '@mantine/core';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { EmptyState } from '../../../components/empty-state';
import { formatDateTime } from '../../../lib/format';
import { useOrgGraph } from '../api/get-org-graph';
import { OrgNetworkMap } from '../components/org-network-map';
import { usePageTitle } from '../../../lib/page-title';

/** Organisation map (admin): the whole network, filtered by department, brokers and connectors highlighted. */
export function OrganisationScreen({ asOf, onSelectPerson }: { asOf: string | undefined; onSelectPerson: (personId: string) => void }) {
  usePageTitle('Organisation map');
  const graph = useOrgGraph(asOf);
  const [departments, setDepartments] = useState<string[]>([]);
  const [highlightRoles, setHighlightRoles] = useState(false);
  const filters = useMemo(() => ({ departments, highlightRoles }), [departments, highlightRoles]);
  const allDepartments = useMemo(() => [...new Set((graph.data?.nodes ?? []).map((n) => n.department))].sort(), [graph.data]);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          Organisation map
        </Title>
        <Text c="dimmed">
          Everyone and every active tie. Size shows how well-networked a person is (PageRank); click a person to open them.
        </Text>
      </div>
      <Panel
        title={graph.data ? `${graph.data.nodes.length} people, ${graph.data.edges.length} active ties` : 'Network'}
        description={
          graph.data
            ? `Structure computed ${formatDateTime(graph.data.structureRun.computedAt)} for ${formatDateTime(graph.data.structureRun.asOf)}`
            : undefined
        }
        actions={
          <Group gap="md">
            <MultiSelect
              aria-label="Departments"
              placeholder={departments.length ? undefined : 'All departments'}
              data={allDepartments}
              value={departments}
              onChange={setDepartments}
              clearable
              w={280}
            />
            <Switch
              label="Highlight brokers and connectors"
              checked={highlightRoles}
              onChange={(e) => setHighlightRoles(e.currentTarget.checked)}
            />
          </Group>
        }
      >
        <QueryState
          query={graph}
          what="Organisation map"
          isEmpty={(g) => g.nodes.length === 0}
          empty={<EmptyState title="Nobody in the organisation yet" />}
        >
          {(g) => <OrgNetworkMap view={g} filters={filters} onSelectPerson={onSelectPerson} />}
        </QueryState>
      </Panel>
    </Stack>
  );
}
