import { useState } from 'react';
import { Badge, Button, Group, Stack, Textarea } from '@mantine/core';
import { INTRODUCTION_NOTE_MAX_LENGTH } from '@rapport/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import { useRequestIntroduction } from '../api/introduction-requests';

/**
 * Habit 2 on a recommendation with a warm path: "Ask Bruno for an introduction", with an
 * optional line to Bruno. Once asked, the card says so until Bruno answers.
 */
export function AskForIntroduction({
  requesterId,
  introducerId,
  introducerName,
  targetId,
  targetName,
  asked,
}: {
  requesterId: string;
  introducerId: string;
  introducerName: string;
  targetId: string;
  targetName: string;
  /** A request for this introduction is already waiting for the introducer. */
  asked: boolean;
}) {
  const [writing, setWriting] = useState(false);
  const [note, setNote] = useState('');
  const request = useRequestIntroduction();
  const first = introducerName.split(' ')[0] ?? introducerName;
  if (asked || request.isSuccess) {
    return (
      <Badge size="sm" variant="light" color="teal" mt={6}>
        introduction asked of {first}
      </Badge>
    );
  }
  const send = () =>
    request.mutate(
      { requesterId, introducerId, targetId, ...(note.trim() ? { note: note.trim() } : {}) },
      { onSuccess: () => setWriting(false) },
    );
  return (
    <Stack gap={6} mt={6}>
      {writing ? (
        <>
          <Textarea
            size="xs"
            label={`A line to ${first} (optional)`}
            placeholder={`Why you would like to meet ${targetName}`}
            maxLength={INTRODUCTION_NOTE_MAX_LENGTH}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Group gap="xs">
            <Button size="xs" loading={request.isPending} onClick={send}>
              Send the request to {first}
            </Button>
            <Button size="xs" variant="subtle" color="gray" onClick={() => setWriting(false)}>
              Cancel
            </Button>
          </Group>
        </>
      ) : (
        <Group>
          <Button
            size="xs"
            variant="light"
            aria-label={`Ask ${first} for an introduction to ${targetName}`}
            onClick={() => setWriting(true)}
          >
            Ask {first} for an introduction
          </Button>
        </Group>
      )}
      {request.isError ? <ProblemAlert error={request.error} what="Your request" /> : null}
    </Stack>
  );
}
