import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconClockPause, IconLock } from '@tabler/icons-react';
import { isApiProblem } from '../lib/api-problem';

/** An API problem (or any error) in words: never a blank screen. */
export function ProblemAlert({ error, what, onRetry }: { error: unknown; what: string; onRetry?: () => void }) {
  if (isApiProblem(error) && error.isNotFound) {
    return (
      <Alert variant="light" color="gray" icon={<IconClockPause size={18} />} title={`${what}: not available yet`}>
        <Text size="sm">The service does not offer this yet ({error.title}).</Text>
      </Alert>
    );
  }
  if (isApiProblem(error) && error.status === 403) {
    return (
      <Alert variant="light" color="yellow" icon={<IconLock size={18} />} title={`${what}: not visible to you`}>
        <Text size="sm">{error.detail ?? error.title}</Text>
      </Alert>
    );
  }
  const title = isApiProblem(error) ? error.title : 'Something went wrong';
  const detail = isApiProblem(error) ? error.detail : error instanceof Error ? error.message : undefined;
  return (
    <Alert variant="light" color="red" icon={<IconAlertTriangle size={18} />} title={`${what} could not be loaded`} role="alert">
      <Stack gap={6}>
        <Text size="sm">{title}</Text>
        {detail ? (
          <Text size="sm" c="dimmed">
            {detail}
          </Text>
        ) : null}
        {isApiProblem(error) && error.errorId ? (
          <Text size="xs" c="dimmed">
            Error id {error.errorId}
          </Text>
        ) : null}
        {onRetry ? (
          <Group>
            <Button size="xs" variant="light" color="red" onClick={onRetry}>
              Try again
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}
