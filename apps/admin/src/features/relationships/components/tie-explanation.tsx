import { Group, Progress, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import type { RelationshipView } from '@rapport/contracts';
import type { ReactNode } from 'react';
import { MetricTerm } from '../../../components/metric-term';
import { formatDate, formatNumber, formatPercent } from '../../../lib/format';
import { type TiePerspective, whoHelped, whoStarted, whoThanked } from './tie-wording';

type Explanation = RelationshipView['explanation'];

const factorLabels: Record<keyof Explanation['factorShares'], { label: string; colour: string }> = {
  interaction: { label: 'Interactions', colour: 'indigo' },
  help: { label: 'Help', colour: 'teal' },
  introduction: { label: 'Introductions', colour: 'grape' },
  thank_you: { label: 'Thank-you notes', colour: 'orange' },
  reciprocity: { label: 'Reciprocity', colour: 'cyan' },
};

const channelLabels: Record<string, string> = { in_person: 'in person', video: 'video', call: 'call', chat: 'chat', email: 'email' };

/** Why a tie has its strength (SPEC §6.1–6.2): where the points come from and the facts behind them. */
export function TieExplanation({
  counterpart,
  explanation,
  perspective,
}: {
  counterpart: string;
  explanation: Explanation;
  perspective: TiePerspective;
}) {
  const factors = Object.entries(factorLabels) as [keyof Explanation['factorShares'], { label: string; colour: string }][];
  const channels = Object.entries(explanation.channelMix).filter(([, count]) => (count ?? 0) > 0);
  return (
    <Stack gap="sm" py="xs" aria-label={`Why the tie with ${counterpart} has this strength`}>
      <div>
        <Text size="xs" c="dimmed" mb={4}>
          Where the strength comes from
        </Text>
        <Progress.Root size={14}>
          {factors.map(([key, { label, colour }]) =>
            explanation.factorShares[key] > 0 ? (
              <Tooltip
                key={key}
                label={`${label}: ${formatPercent(explanation.factorShares[key])} (${formatNumber(explanation.factorPoints[key])} points)`}
              >
                <Progress.Section
                  value={explanation.factorShares[key] * 100}
                  color={colour}
                  aria-label={`${label}: ${formatPercent(explanation.factorShares[key])} of the strength`}
                />
              </Tooltip>
            ) : null,
          )}
        </Progress.Root>
        <Group gap="md" mt={6}>
          {factors.map(([key, { label, colour }]) => (
            // The darkest shade of each colour: small text keeps a 4.5:1 contrast on the grey of an open row.
            <Text key={key} size="xs" c={explanation.factorShares[key] > 0 ? `${colour}.9` : 'dimmed'}>
              {label} {formatPercent(explanation.factorShares[key])}
            </Text>
          ))}
        </Group>
      </div>
      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm">
        <Fact label="Interactions" value={`${explanation.interactionCount}, last ${formatDate(explanation.lastContact)}`} />
        <Fact label="Channels" value={channels.length ? channels.map(([c, n]) => `${n} ${channelLabels[c] ?? c}`).join(', ') : '—'} />
        <Fact
          label={<MetricTerm term="averageDepth" />}
          value={explanation.averageDepth === null ? '—' : formatNumber(explanation.averageDepth, 2)}
        />
        <Fact label={<MetricTerm term="intensity">Recent intensity</MetricTerm>} value={formatNumber(explanation.intensity, 2)} />
        <Fact label="Who reaches out" value={whoStarted(perspective, counterpart, explanation.reciprocity)} />
        <Fact label={<MetricTerm term="reciprocity">Balance</MetricTerm>} value={formatPercent(explanation.reciprocity.value)} />
        <Fact label="Help" value={whoHelped(perspective, counterpart, explanation.valueExchanged)} />
        <Fact label="Introductions" value={String(explanation.valueExchanged.introductions)} />
        <Fact label="Thank-you notes" value={whoThanked(perspective, counterpart, explanation.notesSent)} />
      </SimpleGrid>
    </Stack>
  );
}

function Fact({ label, value }: { label: ReactNode; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}
