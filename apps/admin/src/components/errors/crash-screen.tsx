import { Button, Center, Stack } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { ProblemAlert } from '../problem-alert';

/** What a screen shows if it fails while rendering: the error in words, and a way back. */
export function CrashScreen({ error, reset }: ErrorComponentProps) {
  return (
    <Center py="xl">
      <Stack maw={560} w="100%">
        <ProblemAlert error={error} what="This screen" onRetry={reset} />
        <Button variant="subtle" onClick={() => window.location.assign('/')}>
          Go to my start page
        </Button>
      </Stack>
    </Center>
  );
}
