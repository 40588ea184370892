import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDate } from '../../../lib/format';
import { useAnswerIntroductionRequest, type IntroductionRequestView } from '../api/introduction-requests';

const statusWords = { open: 'waiting', made: 'made', declined: 'declined' } as const;
const statusColour = { open: 'gray', made: 'teal', declined: 'orange' } as const;
const listStyle = { listStyle: 'none', margin: 0, padding: 0 } as const;

/**
 * Habit 2, introductions on request: the requests waiting for this person to make, each
 * with why they can (both ties of the path) and the requester's note; and the requests
 * they made, with where each stands. `canAnswer`: the viewer may answer (the person).
 */
export function IntroductionRequests({
  waitingForMe,
  myRequests,
  canAnswer,
}: {
  waitingForMe: readonly IntroductionRequestView[];
  myRequests: readonly IntroductionRequestView[];
  canAnswer: boolean;
}) {
  // Held here, not by each request: an answered request leaves the list, its confirmation stays.
  const answering = useAnswerIntroductionRequest();
  const answer = (requestId: string, to: 'made' | 'declined') => answering.mutate({ requestId, answer: to });
  const pendingId = answering.isPending ? answering.variables?.requestId : undefined;
  return (
    <Stack gap="md">
      <section aria-label="Introductions waiting for an answer">
        <Text size="sm" fw={600} mb={4}>
          {canAnswer ? 'Waiting for you' : 'Waiting for this person'}
        </Text>
        {waitingForMe.length === 0 ? (
          <Text size="sm">No one is waiting for an introduction.</Text>
        ) : (
          <Stack gap="sm" component="ul" style={listStyle}>
            {waitingForMe.map((r) => (
              <li key={r.requestId}>
                <WaitingRequest
                  request={r}
                  onAnswer={canAnswer ? (to) => answer(r.requestId, to) : null}
                  pending={pendingId === r.requestId}
                  busy={answering.isPending}
                />
              </li>
            ))}
          </Stack>
        )}
        {answering.isSuccess ? (
          <Text size="xs" mt={4}>
            Thank you: your answer is recorded.
          </Text>
        ) : null}
        {answering.isError ? <ProblemAlert error={answering.error} what="Your answer" /> : null}
      </section>
      <section aria-label="Introductions asked for">
        <Text size="sm" fw={600} mb={4}>
          {canAnswer ? 'You asked for' : 'They asked for'}
        </Text>
        {myRequests.length === 0 ? (
          <Text size="sm">No introductions asked for yet: recommendations with a warm path offer one.</Text>
        ) : (
          <Stack gap={6} component="ul" style={listStyle}>
            {myRequests.map((r) => (
              <li key={r.requestId}>
                <Group gap="xs" wrap="nowrap" justify="space-between">
                  <Text size="sm">
                    <b>{r.targetName}</b> through {r.introducerName}, asked {formatDate(r.requestedAt)}
                  </Text>
                  <Badge size="sm" variant="light" color={statusColour[r.status]}>
                    {statusWords[r.status]}
                  </Badge>
                </Group>
              </li>
            ))}
          </Stack>
        )}
      </section>
    </Stack>
  );
}

/** One request waiting for the introducer; `onAnswer` when the viewer may answer it. */
function WaitingRequest({
  request,
  onAnswer,
  pending,
  busy,
}: {
  request: IntroductionRequestView;
  onAnswer: ((to: 'made' | 'declined') => void) | null;
  pending: boolean;
  busy: boolean;
}) {
  const pair = `${request.requesterName} and ${request.targetName}`;
  return (
    <Stack gap={4}>
      <Text size="sm">
        <b>{request.requesterName}</b> asks {onAnswer ? 'you' : request.introducerName} to introduce them to <b>{request.targetName}</b> (
        {formatDate(request.requestedAt)}).
      </Text>
      {request.why ? (
        <Text size="xs" c="dimmed">
          {onAnswer
            ? `Why you: ${request.why.sentence}`
            : `Ties: ${request.introducerName} and ${request.requesterName} ${Math.round(request.why.strengthToRequester)}; ${request.introducerName} and ${request.targetName} ${Math.round(request.why.strengthToTarget)}`}
        </Text>
      ) : null}
      {request.note ? (
        <Text size="sm" fs="italic">
          “{request.note}”
        </Text>
      ) : null}
      {onAnswer ? (
        <Group gap="xs">
          <Button
            size="xs"
            aria-label={`Make the introduction: ${pair}`}
            loading={pending}
            disabled={busy && !pending}
            onClick={() => onAnswer('made')}
          >
            Make the introduction
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="gray"
            aria-label={`Decline the introduction: ${pair}`}
            disabled={busy}
            onClick={() => onAnswer('declined')}
          >
            Decline
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
