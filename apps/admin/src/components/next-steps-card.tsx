import { List, Paper, Text } from '@mantine/core';
import type { NextSteps } from '../lib/next-steps';

/** The sentences a page opens with: what changed, and what to do next. */
export function NextStepsCard({ steps }: { steps: NextSteps }) {
  if (steps.length === 0) return null;
  return (
    <Paper component="section" aria-label="What changed and what next" withBorder radius="md" p="md" bg="var(--mantine-color-indigo-0)">
      <Text size="xs" tt="uppercase" fw={700} c="indigo.9" mb={4}>
        What changed and what next
      </Text>
      <List spacing={4} size="sm">
        {steps.map((step) => (
          <List.Item key={step}>{step}</List.Item>
        ))}
      </List>
    </Paper>
  );
}
