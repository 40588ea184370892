import { Fragment, useState } from 'react';
import { ActionIcon, Button, Group, Progress, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import type { RelationshipView } from '@rapport/contracts';
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
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" highlightOnHover aria-label="Relationships">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40} />
            <Table.Th>Colleague</Table.Th>
            <Table.Th w={150}>
              <MetricTerm term="tiers">Tier</MetricTerm>
            </Table.Th>
            <Table.Th w={200}>
              <MetricTerm term="strength">Strength</MetricTerm>
            </Table.Th>
            <Table.Th ta="right">Interactions</Table.Th>
            <Table.Th>Last contact</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {relationships.map((tie) => {
            const name = tie.counterpartName ?? 'Former colleague';
            const isOpen = open.has(tie.counterpartId);
            const detailsId = `tie-${tie.counterpartId}`;
            return (
              <Fragment key={tie.counterpartId}>
                <Table.Tr onClick={() => toggle(tie.counterpartId)} style={{ cursor: 'pointer' }}>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`${isOpen ? 'Hide' : 'Explain'} the tie with ${name}`}
                      aria-expanded={isOpen}
                      aria-controls={detailsId}
                      onClick={(event) => {
                        event.stopPropagation();
                        toggle(tie.counterpartId);
                      }}
                    >
                      {isOpen ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <TierBadge tier={tie.tier} />
                  </Table.Td>
                  <Table.Td>
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
                  </Table.Td>
                  <Table.Td ta="right">{tie.explanation.interactionCount}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(tie.explanation.lastContact)}</Table.Td>
                </Table.Tr>
                {isOpen ? (
                  <Table.Tr id={detailsId} bg="var(--mantine-color-gray-0)">
                    <Table.Td />
                    <Table.Td colSpan={5}>
                      <TieExplanation counterpart={name} explanation={tie.explanation} perspective={perspective} />
                      {onRecord && tie.counterpartName ? (
                        <Group gap="xs" mt="xs">
                          <Button size="xs" variant="light" onClick={() => onRecord('help', tie.counterpartId)}>
                            Record help to {name}
                          </Button>
                          <Button size="xs" variant="light" onClick={() => onRecord('introduction', tie.counterpartId)}>
                            Record an introduction of {name}
                          </Button>
                        </Group>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
