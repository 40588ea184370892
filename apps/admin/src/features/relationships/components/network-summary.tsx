import { SimpleGrid, Paper, Text } from '@mantine/core';
import type { RelationshipView } from '@rapport/contracts';
import type { PersonNetworkView } from '../api/get-network';
import { Chart } from '../../../components/charts/chart';
import { formatPercent } from '../../../lib/format';
import { tierColours, tierLabels } from './tier-badge';

const tiers = ['core', 'strong', 'developing', 'weak', 'inactive'] as const;
const mantineHex: Record<string, string> = { grape: '#be4bdb', indigo: '#4c6ef5', teal: '#12b886', yellow: '#fab005', gray: '#adb5bd' };

/** Network size, strong ties and support system (SPEC §6.3), with ties counted by tier. */
export function NetworkSummary({ network, relationships }: { network: PersonNetworkView; relationships: readonly RelationshipView[] }) {
  const counts = tiers.map((tier) => relationships.filter((r) => r.tier === tier).length);
  return (
    <>
      <SimpleGrid cols={3} spacing="sm" mb="md">
        <Stat label="Network size" value={network.size} hint="colleagues with an active tie" />
        <Stat label="Strong ties" value={network.strongTies} hint="strong or core" />
        <Stat label="Support system" value={network.supportSystem} hint="people to turn to" />
        <Stat label="Across departments" value={network.crossDepartmentTies} hint="active ties outside their department" />
        <Stat
          label="Diversity"
          value={network.diversity.composite === null ? '—' : formatPercent(network.diversity.composite)}
          hint="how varied the ties are"
        />
        <Stat
          label="Well-networked"
          value={network.structure ? `top ${Math.max(1, Math.round(100 - network.structure.pageRankPercentile))}%` : '—'}
          hint={network.structure?.roles.length ? network.structure.roles.map((r) => r.replace('_', ' ')).join(', ') : 'by PageRank'}
        />
      </SimpleGrid>
      <Chart
        label={`Ties by tier: ${tiers.map((t, i) => `${tierLabels[t]} ${counts[i]}`).join(', ')}`}
        height={180}
        option={{
          grid: { left: 8, right: 8, top: 8, bottom: 24, containLabel: true },
          tooltip: { trigger: 'axis' },
          xAxis: { type: 'category', data: tiers.map((t) => tierLabels[t]) },
          yAxis: { type: 'value', minInterval: 1 },
          series: [
            {
              type: 'bar',
              name: 'Ties',
              data: counts.map((value, i) => ({
                value,
                itemStyle: { color: mantineHex[tierColours[tiers[i]!]] ?? '#adb5bd', borderRadius: [4, 4, 0, 0] },
              })),
              barWidth: '50%',
            },
          ],
        }}
      />
    </>
  );
}

function Stat({ label, value, hint }: { label: string; value: number | string; hint: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
}
