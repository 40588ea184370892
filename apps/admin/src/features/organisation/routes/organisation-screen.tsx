import { useCallback, useMemo, useState } from 'react';
import { Button, Group, MultiSelect, Select, Stack, Switch } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { EmptyState } from '../../../components/empty-state';
import { ScreenTitle } from '../../../components/screen-title';
import { formatDateTime } from '../../../lib/format';
import { useOrgGraph } from '../api/get-org-graph';
import { OrgNetworkMap } from '../components/org-network-map';
import { sizeMetrics, type SizeMetric } from '../components/org-layout';
import { usePageTitle } from '../../../lib/page-title';
import { useAsOf } from '../../../lib/as-of';

/** Organisation map (admin): the whole network, filtered by department, brokers and connectors highlighted. */
export function OrganisationScreen() {
  usePageTitle('Organisation map');
  const asOf = useAsOf().instant;
  const navigate = useNavigate();
  const onSelectPerson = useCallback((personId: string) => void navigate({ to: '/people/$personId', params: { personId } }), [navigate]);
  const graph = useOrgGraph(asOf);
  const [departments, setDepartments] = useState<string[]>([]);
  const [highlightRoles, setHighlightRoles] = useState(false);
  const [focus, setFocus] = useState<string | null>(null);
  const [sizeBy, setSizeBy] = useState<SizeMetric>('pageRankPercentile');
  const filters = useMemo(() => ({ departments, highlightRoles, focus, sizeBy }), [departments, highlightRoles, focus, sizeBy]);
  const allDepartments = useMemo(() => [...new Set((graph.data?.nodes ?? []).map((n) => n.department))].sort(), [graph.data]);
  const people = useMemo(
    () =>
      (graph.data?.nodes ?? []).map((n) => ({ value: n.personId, label: n.displayName })).sort((a, b) => a.label.localeCompare(b.label)),
    [graph.data],
  );
  return (
    <Stack gap="lg">
      <ScreenTitle title="Organisation map">
        Everyone and every active tie. Find a person to see only them and their ties; click a person to open them.
      </ScreenTitle>
      <Panel
        title={graph.data ? `${graph.data.nodes.length} people, ${graph.data.edges.length} active ties` : 'Network'}
        description={
          graph.data
            ? `Structure computed ${formatDateTime(graph.data.structureRun.computedAt)} for ${formatDateTime(graph.data.structureRun.asOf)}`
            : undefined
        }
        actions={
          <Group gap="md">
            <Select
              aria-label="Find a person"
              placeholder="Find a person"
              data={people}
              value={focus}
              onChange={setFocus}
              searchable
              limit={30}
              w={220}
            />
            {focus ? (
              <Button variant="default" onClick={() => setFocus(null)}>
                Show everyone
              </Button>
            ) : null}
            <Select
              aria-label="Size by"
              data={Object.entries(sizeMetrics).map(([value, label]) => ({ value, label }))}
              value={sizeBy}
              onChange={(value) => value && setSizeBy(value as SizeMetric)}
              allowDeselect={false}
              w={260}
            />
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
