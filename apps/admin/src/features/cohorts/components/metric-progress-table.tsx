import { Table, Text } from '@mantine/core';
import { MetricTerm } from '../../../components/metric-term';
import { formatNumber } from '../../../lib/format';
import type { CohortProgressView } from '../api/cohort-summary-schema';

type MetricProgress = CohortProgressView['metrics'][number];

/** The three families a cohort is summarised by (SPEC §6.3, §6.5), in the order they are read. */
const families: { kind: MetricProgress['kind']; title: string }[] = [
  { kind: 'network', title: 'Network' },
  { kind: 'structure', title: 'Position in the network' },
  { kind: 'habit', title: 'Habits' },
];

// Structural figures (constraint, betweenness, clustering) live between 0 and 1: two decimals, as the service rounds them.
const shown = (m: MetricProgress, value: number | null) => (value === null ? '—' : formatNumber(value, m.kind === 'structure' ? 2 : 1));

/** Every metric of the summary, whatever the service lists, grouped by family: median at the start, now, and who improved; each name explains itself. */
export function MetricProgressTable({ metrics }: { metrics: readonly MetricProgress[] }) {
  return (
    <>
      <Table verticalSpacing={4} aria-label="Progress by metric">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Metric</Table.Th>
            <Table.Th ta="right">Start</Table.Th>
            <Table.Th ta="right">Now</Table.Th>
            <Table.Th ta="right">Improved</Table.Th>
          </Table.Tr>
        </Table.Thead>
        {families.map(({ kind, title }) => {
          const rows = metrics.filter((m) => m.kind === kind);
          return rows.length === 0 ? null : (
            <Table.Tbody key={kind}>
              <Table.Tr>
                <Table.Th colSpan={4} scope="rowgroup">
                  <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                    {title}
                  </Text>
                </Table.Th>
              </Table.Tr>
              {rows.map((m) => (
                <Table.Tr key={m.metric}>
                  <Table.Th scope="row" fw={400}>
                    <Text size="sm">
                      <MetricTerm term={m.metric}>{m.label}</MetricTerm>
                    </Text>
                  </Table.Th>
                  <Table.Td ta="right">{shown(m, m.baseline.median)}</Table.Td>
                  <Table.Td ta="right">{shown(m, m.current.median)}</Table.Td>
                  <Table.Td ta="right">{m.compared ? `${m.improved} of ${m.compared}` : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          );
        })}
      </Table>
      {metrics.some((m) => m.metric === 'constraint') ? (
        <Text size="xs" c="dimmed" mt={4}>
          Improved counts a rise, except for constraint, where a fall (fewer redundant ties) is the improvement.
        </Text>
      ) : null}
    </>
  );
}
