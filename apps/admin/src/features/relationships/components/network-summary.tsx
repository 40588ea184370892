import type { ReactNode } from 'react';
import { SimpleGrid, Paper, Text } from '@mantine/core';
import type { RelationshipView } from '@rapport/contracts';
import { MetricTerm } from '../../../components/metric-term';
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
        <Stat label={<MetricTerm term="size">Network size</MetricTerm>} value={network.size} hint="colleagues with an active tie" />
        <Stat label={<MetricTerm term="strongTies" />} value={network.strongTies} hint="strong or core" />
        <Stat label={<MetricTerm term="supportSystem" />} value={network.supportSystem} hint="people to turn to" />
        <Stat
          label={<MetricTerm term="crossDepartmentTies">Across departments</MetricTerm>}
          value={network.crossDepartmentTies}
          hint="active ties outside their department"
        />
        <Stat
          label={<MetricTerm term="diversity">Diversity</MetricTerm>}
          value={network.diversity.composite === null ? '—' : formatPercent(network.diversity.composite)}
          hint="how varied the ties are"
        />
        <Stat
          label={<MetricTerm term="pageRankPercentile">Well-networked</MetricTerm>}
          value={network.structure ? `top ${Math.max(1, Math.round(100 - network.structure.pageRankPercentile))}%` : '—'}
          hint={
            network.structure?.roles.length ? (
              <MetricTerm term="networkRoles">{network.structure.roles.map((r) => r.replace('_', ' ')).join(', ')}</MetricTerm>
            ) : (
              'by PageRank'
            )
          }
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed" mb={4}>
        Ties by <MetricTerm term="tiers">strength tier</MetricTerm>
      </Text>
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

function Stat({ label, value, hint }: { label: ReactNode; value: number | string; hint: ReactNode }) {
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
