import { useState } from 'react';
import { ActionIcon, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { ColleagueSelect } from '../../../components/colleague-select';
import { ProblemAlert } from '../../../components/problem-alert';
import { useColleaguesById } from '../../../lib/colleague-directory';
import { formatNumber } from '../../../lib/format';
import type { HabitScorecardView } from '../api/get-scorecard';
import { useChangeTarget } from '../api/networking-targets';

type Targets = HabitScorecardView['habits']['targets'];

/**
 * Habit 2: the person's networking targets, each with the strength of the tie moving
 * toward the threshold that counts it as reached (30), and the list kept here: add a
 * colleague from the directory, or take one off.
 */
export function NetworkingTargets({ personId, targets, canEdit }: { personId: string; targets: Targets; canEdit: boolean }) {
  const names = useColleaguesById(targets.list.map((t) => t.targetId));
  const [adding, setAdding] = useState<string | null>(null);
  const change = useChangeTarget(personId);
  return (
    <Stack gap={6}>
      <Text size="xs" c="dimmed">
        Well-networked people you do not know yet. A target counts as reached once your tie is {targets.threshold} or more.
      </Text>
      {targets.list.length === 0 ? <Text size="sm">No targets listed yet.</Text> : null}
      <Stack gap={6} component="ul" aria-label="Networking targets" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {targets.list.map((t) => {
          const name = names.data?.get(t.targetId)?.displayName ?? 'A colleague';
          const reached = t.strength >= targets.threshold;
          return (
            <li key={t.targetId}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm">
                  <b>{name}</b>:{' '}
                  {reached ? `reached (tie ${formatNumber(t.strength)})` : `tie ${formatNumber(t.strength)} of ${targets.threshold}`}
                </Text>
                {canEdit ? (
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="gray"
                    aria-label={`Take ${name} off the targets`}
                    disabled={change.isPending}
                    onClick={() => change.mutate({ targetId: t.targetId, change: 'remove' })}
                  >
                    <IconX size={14} />
                  </ActionIcon>
                ) : null}
              </Group>
              <Progress
                value={Math.min(100, (100 * t.strength) / targets.threshold)}
                size="xs"
                color={reached ? 'teal' : 'indigo'}
                aria-hidden
              />
            </li>
          );
        })}
      </Stack>
      {canEdit ? (
        <Group gap="xs" align="flex-end">
          <ColleagueSelect
            label="Add a target"
            placeholder="Find a colleague"
            exclude={[personId, ...targets.list.map((t) => t.targetId)]}
            value={adding}
            onChange={setAdding}
            w={240}
          />
          <Button
            variant="light"
            disabled={!adding}
            loading={change.isPending}
            onClick={() => adding && change.mutate({ targetId: adding, change: 'add' }, { onSuccess: () => setAdding(null) })}
          >
            Add
          </Button>
        </Group>
      ) : null}
      {change.isError ? <ProblemAlert error={change.error} what="The target list" /> : null}
    </Stack>
  );
}
