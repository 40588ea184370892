import { Stack } from '@mantine/core';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { EmptyState } from '../../../components/empty-state';
import { useNetwork } from '../api/get-network';
import { useRelationships } from '../api/get-relationships';
import { EgoNetworkGraph } from './ego-network-graph';
import { NetworkSummary } from './network-summary';
import { RelationshipTable, type RecordFromTie } from './relationship-table';
import type { TiePerspective } from './tie-wording';

interface NetworkPanelsProps {
  readonly personId: string;
  readonly personLabel: string;
  readonly personDepartment: string | null;
  readonly asOf: string | undefined;
  readonly departmentOf: (personId: string) => string | null;
  readonly onSelectPerson?: (personId: string) => void;
}

const noTies = <EmptyState title="No relationships yet">Log an interaction and the tie appears here.</EmptyState>;

export function NetworkPanels({ personId, personLabel, personDepartment, asOf, departmentOf, onSelectPerson }: NetworkPanelsProps) {
  const relationships = useRelationships(personId, asOf);
  const network = useNetwork(personId, asOf);
  return (
    <Stack gap="lg">
      <Panel title="Network" description="Colour shows the department; size and closeness show the strength of the tie">
        <QueryState query={relationships} what="Network" isEmpty={(ties) => ties.length === 0} empty={noTies}>
          {(ties) => (
            <EgoNetworkGraph
              person={{ id: personId, label: personLabel, department: personDepartment }}
              relationships={ties}
              departmentOf={departmentOf}
              {...(onSelectPerson ? { onSelectPerson } : {})}
            />
          )}
        </QueryState>
      </Panel>
      <Panel title="Network at a glance">
        <QueryState query={network} what="Network figures">
          {(figures) => <NetworkSummary network={figures} relationships={relationships.data ?? []} />}
        </QueryState>
      </Panel>
    </Stack>
  );
}

export function RelationshipsPanel({
  personId,
  asOf,
  perspective,
  onRecord,
}: {
  personId: string;
  asOf: string | undefined;
  perspective: TiePerspective;
  onRecord?: RecordFromTie | undefined;
}) {
  const relationships = useRelationships(personId, asOf);
  return (
    <Panel title="Relationships" description="Strongest first; open a row to see why a tie has its strength">
      <QueryState query={relationships} what="Relationships" isEmpty={(ties) => ties.length === 0} empty={noTies}>
        {(ties) => <RelationshipTable relationships={ties} perspective={perspective} onRecord={onRecord} />}
      </QueryState>
    </Panel>
  );
}
