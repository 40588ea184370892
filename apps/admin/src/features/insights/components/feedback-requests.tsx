import { useState } from 'react';
import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { Channel } from '@rapport/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import { useColleaguesById } from '../../../lib/colleague-directory';
import { formatDate } from '../../../lib/format';
import { useAnswerFeedbackRequest, useDismissFeedbackRequest, type FeedbackRequestView } from '../api/feedback-requests';

const channelWords: Record<Channel, string> = {
  in_person: 'in person',
  video: 'on video',
  call: 'on the phone',
  chat: 'on chat',
  email: 'by e-mail',
};
const kindWords: Record<string, string> = {
  one_on_one: 'a one-to-one',
  coffee: 'a coffee',
  meal: 'a meal',
  mentoring: 'a mentoring session',
  group: 'a group meeting',
  other: 'a meeting',
};
const scale = ['not at all', 'a little', 'somewhat', 'mostly', 'completely'] as const;

/**
 * Habit 1, asked where the person sees it: for each interaction someone else started with
 * them, "did you feel heard?" (1–5), with "it happened" and "it did not happen like that"
 * beside it. An answer or a dispute takes the question away; "Dismiss" takes it away for good
 * (recorded, so it stays gone after a reload). A dismissed question leaves the list as soon as
 * the service has recorded it, before the list is read again.
 */
export function FeedbackRequests({ personId, requests }: { personId: string; requests: readonly FeedbackRequestView[] }) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const dismissing = useDismissFeedbackRequest(personId, (interactionId) => setHidden((h) => new Set([...h, interactionId])));
  const names = useColleaguesById(requests.map((r) => r.initiatorId));
  const shown = requests.filter((r) => !hidden.has(r.interactionId));
  const failed = dismissing.isError ? <ProblemAlert error={dismissing.error} what="Your dismissal" /> : null;
  if (shown.length === 0) return failed ?? <Text size="sm">Nothing waiting for your answer.</Text>;
  return (
    <Stack gap="md">
      <Stack gap="md" component="ul" aria-label="Interactions waiting for your answer" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {shown.map((request) => (
          <li key={request.interactionId}>
            <FeedbackRequest
              request={request}
              initiatorName={names.data?.get(request.initiatorId)?.displayName ?? 'A colleague'}
              dismissing={dismissing.isPending && dismissing.variables === request.interactionId}
              onDismiss={() => dismissing.mutate(request.interactionId)}
            />
          </li>
        ))}
      </Stack>
      {failed}
    </Stack>
  );
}

interface FeedbackRequestProps {
  readonly request: FeedbackRequestView;
  readonly initiatorName: string;
  readonly dismissing: boolean;
  readonly onDismiss: () => void;
}

function FeedbackRequest({ request, initiatorName, dismissing, onDismiss }: FeedbackRequestProps) {
  const answering = useAnswerFeedbackRequest();
  const [disputing, setDisputing] = useState(false);
  const [reason, setReason] = useState('');
  const what = `${kindWords[request.kind ?? 'other'] ?? 'a meeting'} ${channelWords[request.channel]} on ${formatDate(request.occurredAt)}`;
  const question = `Did you feel heard by ${initiatorName}?`;
  return (
    <Stack gap={6}>
      <Text size="sm">
        <b>{initiatorName}</b> recorded {what}.{' '}
        {request.confirmed ? (
          <Badge size="sm" variant="light" color="teal">
            you confirmed it
          </Badge>
        ) : null}
      </Text>
      <Text size="sm" fw={500} id={`felt-heard-${request.interactionId}`}>
        {question}
      </Text>
      <Group gap={6} role="group" aria-labelledby={`felt-heard-${request.interactionId}`}>
        {scale.map((words, i) => (
          <Button
            key={words}
            size="xs"
            variant="light"
            aria-label={`${i + 1} of 5: ${words}`}
            title={words}
            disabled={answering.isPending}
            onClick={() => answering.mutate({ kind: 'felt-heard', interactionId: request.interactionId, feltHeard: i + 1 })}
          >
            {i + 1}
          </Button>
        ))}
        <Text size="xs" c="dimmed">
          1 not at all … 5 completely
        </Text>
      </Group>
      {disputing ? (
        <Group gap="xs" align="flex-end">
          <TextInput
            size="xs"
            label="What was different?"
            placeholder="Optional, e.g. it was a phone call"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            w={280}
          />
          <Button
            size="xs"
            color="red"
            variant="light"
            disabled={answering.isPending}
            onClick={() =>
              answering.mutate({
                kind: 'dispute',
                interactionId: request.interactionId,
                reason: reason.trim() || 'did not happen like that',
              })
            }
          >
            Dispute it
          </Button>
        </Group>
      ) : (
        <Group gap="xs">
          {request.confirmed ? null : (
            <Button
              size="xs"
              variant="subtle"
              disabled={answering.isPending}
              onClick={() => answering.mutate({ kind: 'confirm', interactionId: request.interactionId })}
            >
              It happened
            </Button>
          )}
          <Button size="xs" variant="subtle" color="red" onClick={() => setDisputing(true)}>
            It did not happen like that
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="gray"
            aria-label={`Dismiss the question about ${what} with ${initiatorName}`}
            loading={dismissing}
            disabled={answering.isPending}
            onClick={onDismiss}
          >
            Dismiss
          </Button>
        </Group>
      )}
      {answering.isError ? <ProblemAlert error={answering.error} what="Your answer" /> : null}
    </Stack>
  );
}
