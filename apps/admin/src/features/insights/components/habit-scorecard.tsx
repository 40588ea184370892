import { Group, Progress, Stack, Text } from '@mantine/core';
import { MetricTerm } from '../../../components/metric-term';
import { formatNumber } from '../../../lib/format';
import type { HabitScorecardView } from '../api/get-scorecard';
import { habitBasis, type HabitKey } from './habit-basis';

/** The six habits in the programme's order (SPEC §1), named as a person would say them. */
const habits: readonly { key: HabitKey; label: string }[] = [
  { key: 'feltHeard', label: 'People felt heard' },
  { key: 'targets', label: 'Networking targets reached' },
  { key: 'theirOffice', label: 'Meets on their ground' },
  { key: 'value', label: 'Adds value' },
  { key: 'probing', label: 'Asks and listens' },
  { key: 'thankYou', label: 'Says thank you' },
];

/**
 * The habit scorecard: one bar per habit (0–100, "—" when there is not enough to judge),
 * each habit's name explaining itself and a line saying what the score was computed from.
 */
export function HabitScorecard({ scorecard }: { scorecard: HabitScorecardView }) {
  return (
    <Stack component="ul" gap="sm" aria-label="Habit scores" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {habits.map(({ key, label }) => {
        const score = scorecard.habits[key].score;
        return (
          <li key={key}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm" fw={500}>
                <MetricTerm term={key}>{label}</MetricTerm>
              </Text>
              <Text size="sm" fw={700} ff="monospace">
                {score === null ? (
                  <span aria-label="not enough to judge yet" role="img">
                    —
                  </span>
                ) : (
                  formatNumber(score)
                )}
              </Text>
            </Group>
            {/* The bar repeats the number beside it for the eye; screen readers read the number. */}
            <Progress value={score ?? 0} size="sm" mt={4} color="indigo" aria-hidden />
            <Text size="xs" c="dimmed" mt={2}>
              {habitBasis(key, scorecard.habits)}
            </Text>
          </li>
        );
      })}
    </Stack>
  );
}
