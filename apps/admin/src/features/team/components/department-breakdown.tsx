import { Table, Text } from '@mantine/core';
import { formatNumber } from '../../../lib/format';
import type { GroupFigures, TeamDashboardView } from '../api/team-dashboard-schema';
import { SuppressedCell, WithheldMetric } from './suppressed-cell';

const shown = (value: number | null, digits = 1) => (value === null ? '—' : formatNumber(value, digits));

/** The current median of one metric, or why it is withheld inside this shown department. */
function MedianNow({ figures, metric, k }: { figures: GroupFigures; metric: string; k: number }) {
  const m = figures.metrics.find((x) => x.metric === metric);
  return m?.withheld ? <WithheldMetric k={k} /> : <>{shown(m?.current.median ?? null)}</>;
}

/** The subtree by department; a withheld department says so, with why. */
export function DepartmentBreakdown({ dashboard }: { dashboard: TeamDashboardView }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" aria-label="By department">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Department</Table.Th>
            <Table.Th ta="right">People</Table.Th>
            <Table.Th ta="right">Network size (median)</Table.Th>
            <Table.Th ta="right">Strong ties (median)</Table.Th>
            <Table.Th ta="right">Silo index</Table.Th>
            <Table.Th ta="right">People bridging</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {dashboard.departments.map(({ department, figures }) => (
            <Table.Tr key={department}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {department}
                </Text>
              </Table.Td>
              {figures.suppressed ? (
                <Table.Td colSpan={5} ta="right">
                  <SuppressedCell reason={figures.reason} k={dashboard.k} />
                </Table.Td>
              ) : (
                <>
                  <Table.Td ta="right">{figures.value.people}</Table.Td>
                  <Table.Td ta="right">
                    <MedianNow figures={figures.value} metric="size" k={dashboard.k} />
                  </Table.Td>
                  <Table.Td ta="right">
                    <MedianNow figures={figures.value} metric="strongTies" k={dashboard.k} />
                  </Table.Td>
                  <Table.Td ta="right">{shown(figures.value.siloIndex, 2)}</Table.Td>
                  <Table.Td ta="right">{figures.value.bridges.peopleBridging}</Table.Td>
                </>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
