import { Button, Group, Progress, Text } from '@mantine/core';
import type { RelationshipView } from '@rapport/contracts';
import { DataTable, DetailsRow, OpenRowButton, useOpenRows, type Column } from '../../../components/data-table';
import { MetricTerm } from '../../../components/metric-term';
import { formatDate, formatNumber } from '../../../lib/format';
import { TieExplanation } from './tie-explanation';
import type { TiePerspective } from './tie-wording';
import { TierBadge, tierColours } from './tier-badge';

/** What can be recorded from a tie's row (habit 4, create value): help given to them, or an introduction of them. */
export type RecordFromTie = (kind: 'help' | 'introduction', counterpartId: string) => void;

/**
 * A person's ties, strongest first; each row opens to explain its strength, worded for
 * whoever reads it, and (when the reader records for the person) to record help given to
 * that colleague or an introduction of them.
 */
export function RelationshipTable({
  relationships,
  perspective,
  onRecord,
}: {
  relationships: readonly RelationshipView[];
  perspective: TiePerspective;
  onRecord?: RecordFromTie | undefined;
}) {
  const { isOpen, toggle } = useOpenRows();
  const nameOf = (tie: RelationshipView) => tie.counterpartName ?? 'Former colleague';
  const columns: Column<RelationshipView>[] = [
    {
      width: 40,
      cell: (tie) => (
        <OpenRowButton
          open={isOpen(tie.counterpartId)}
          label={`${isOpen(tie.counterpartId) ? 'Hide' : 'Explain'} the tie with ${nameOf(tie)}`}
          controls={`tie-${tie.counterpartId}`}
          onToggle={() => toggle(tie.counterpartId)}
        />
      ),
    },
    {
      header: 'Colleague',
      cell: (tie) => (
        <Text size="sm" fw={500}>
          {nameOf(tie)}
        </Text>
      ),
    },
    { header: <MetricTerm term="tiers">Tier</MetricTerm>, width: 150, cell: (tie) => <TierBadge tier={tie.tier} /> },
    {
      header: <MetricTerm term="strength">Strength</MetricTerm>,
      width: 200,
      cell: (tie) => (
        <Group gap="xs" wrap="nowrap">
          <Progress
            value={tie.strength}
            color={tierColours[tie.tier]}
            w={110}
            aria-label={`Strength ${formatNumber(tie.strength)} of 100`}
          />
          <Text size="sm" ff="monospace">
            {formatNumber(tie.strength)}
          </Text>
        </Group>
      ),
    },
    { header: 'Interactions', align: 'right', cell: (tie) => tie.explanation.interactionCount },
    { header: 'Last contact', nowrap: true, cell: (tie) => formatDate(tie.explanation.lastContact) },
  ];

  return (
    <DataTable
      label="Relationships"
      rows={relationships}
      rowKey={(tie) => tie.counterpartId}
      columns={columns}
      minWidth={640}
      highlightOnHover
      rowProps={(tie) => ({ onClick: () => toggle(tie.counterpartId), style: { cursor: 'pointer' } })}
      after={(tie) =>
        isOpen(tie.counterpartId) ? (
          <DetailsRow columns={columns.length} id={`tie-${tie.counterpartId}`} bg="var(--mantine-color-gray-0)">
            <TieExplanation counterpart={nameOf(tie)} explanation={tie.explanation} perspective={perspective} />
            {onRecord && tie.counterpartName ? (
              <Group gap="xs" mt="xs">
                <Button size="xs" variant="light" onClick={() => onRecord('help', tie.counterpartId)}>
                  Record help to {nameOf(tie)}
                </Button>
                <Button size="xs" variant="light" onClick={() => onRecord('introduction', tie.counterpartId)}>
                  Record an introduction of {nameOf(tie)}
                </Button>
              </Group>
            ) : null}
          </DetailsRow>
        ) : null
      }
    />
  );
}
