import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ErrorResponse } from 'oidc-client-ts';
import { isApiProblem } from '../../../lib/api-problem';
import { SignInRefused } from '../api/complete-organisation-sign-in';

/** Why a sign-in through the organisation failed, in words a person can act on. */
export function describeSignInProblem(error: unknown): { title: string; detail: string | null } {
  if (error instanceof ErrorResponse) {
    const refused = error.error === 'access_denied' || error.error === 'login_required' || error.error === 'consent_required';
    return {
      title: refused ? 'Your organisation did not sign you in' : 'Your organisation’s sign-in answered with an error',
      detail: [error.error, error.error_description].filter(Boolean).join(': ') || null,
    };
  }
  if (error instanceof SignInRefused) {
    return { title: 'Rapport does not accept this account', detail: `${error.message} Ask whoever runs Rapport to check your account.` };
  }
  if (isApiProblem(error)) {
    return error.status === 401 || error.status === 403
      ? { title: 'Rapport does not accept this account', detail: error.detail ?? error.title }
      : { title: error.title, detail: error.detail ?? null };
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/state/i.test(message))
    return { title: 'This sign-in has already been used or has expired', detail: 'Start again from the sign-in page.' };
  if (error instanceof TypeError || /fetch|network/i.test(message)) {
    return { title: 'Your organisation’s sign-in cannot be reached', detail: message };
  }
  return { title: 'Sign-in failed', detail: message };
}

export function SignInProblem({ error, action }: { error: unknown; action?: { label: string; onClick: () => void } }) {
  const { title, detail } = describeSignInProblem(error);
  return (
    <Alert variant="light" color="red" icon={<IconAlertTriangle size={18} />} title={title} role="alert">
      <Stack gap={6}>
        {detail ? <Text size="sm">{detail}</Text> : null}
        {action ? (
          <Group>
            <Button size="xs" variant="light" color="red" onClick={action.onClick}>
              {action.label}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}
