import { useState } from 'react';
import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { ProblemAlert } from '../../../components/problem-alert';
import { useColleaguesById } from '../../../lib/colleague-directory';
import { formatDate } from '../../../lib/format';
import type { HabitScorecardView } from '../api/get-scorecard';
import { useRecordThankYou } from '../api/record-thank-you';

type Awaiting = HabitScorecardView['habits']['thankYou']['awaiting'][number];

const DAY = 86_400_000;
/** "2 days left", "1 day left", "last day": whole days until the note stops counting. */
export function daysLeft(noteDueBy: string, now: number): string {
  const days = Math.floor((Date.parse(noteDueBy) - now) / DAY);
  return days <= 0 ? 'last day' : `${days} day${days === 1 ? '' : 's'} left`;
}

/**
 * Habit 6 where its figure is: the rule in one sentence, then each first meeting still
 * waiting for a note, with the days left, and the note recorded in one click.
 */
export function ThankYouDue({
  personId,
  thankYou,
  canRecord,
}: {
  personId: string;
  thankYou: HabitScorecardView['habits']['thankYou'];
  canRecord: boolean;
}) {
  const names = useColleaguesById(thankYou.awaiting.map((a) => a.counterpartId));
  return (
    <Stack gap={6}>
      <Text size="xs" c="dimmed">
        A thank-you note counts when it follows, within {thankYou.withinDays} days, a first in-person or video meeting you started.
      </Text>
      {thankYou.awaiting.length === 0 ? (
        <Text size="sm">No first meeting is waiting for a note.</Text>
      ) : (
        <Stack
          gap={6}
          component="ul"
          aria-label="First meetings waiting for a thank-you note"
          style={{ listStyle: 'none', margin: 0, padding: 0 }}
        >
          {thankYou.awaiting.map((a) => (
            <li key={a.interactionId + a.counterpartId}>
              <DueNote
                personId={personId}
                awaiting={a}
                name={names.data?.get(a.counterpartId)?.displayName ?? 'A colleague'}
                canRecord={canRecord}
              />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function DueNote({ personId, awaiting, name, canRecord }: { personId: string; awaiting: Awaiting; name: string; canRecord: boolean }) {
  const [handwritten, setHandwritten] = useState(false);
  const recording = useRecordThankYou();
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs">
        <Text size="sm">
          <b>{name}</b>, first met {formatDate(awaiting.metAt)}: {daysLeft(awaiting.noteDueBy, Date.now())}
        </Text>
        {canRecord ? (
          <Group gap="xs">
            <Checkbox size="xs" label="Handwritten" checked={handwritten} onChange={(e) => setHandwritten(e.currentTarget.checked)} />
            <Button
              size="xs"
              variant="light"
              loading={recording.isPending}
              disabled={recording.isSuccess}
              aria-label={recording.isSuccess ? `Recorded: note to ${name}` : `I sent a note to ${name}`}
              onClick={() =>
                recording.mutate({
                  fromId: personId,
                  toId: awaiting.counterpartId,
                  handwritten,
                  interactionId: awaiting.interactionId,
                  occurredAt: new Date().toISOString(),
                })
              }
            >
              {recording.isSuccess ? 'Recorded' : 'I sent a note'}
            </Button>
          </Group>
        ) : null}
      </Group>
      {recording.isError ? <ProblemAlert error={recording.error} what="The note" /> : null}
    </Stack>
  );
}
