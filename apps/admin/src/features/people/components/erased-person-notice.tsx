import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { IconUserOff } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { isApiProblem } from '../../../lib/api-problem';
import { problemTypes } from '@rapport/contracts';

/** Whether an answer says the person has been erased (410, person-erased). */
export const isErasedPerson = (error: unknown): boolean => isApiProblem(error) && error.type === problemTypes.personErased;

/** What an erased person's page shows instead of everything else. */
export function ErasedPersonNotice() {
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        Erased person
      </Title>
      <Alert variant="light" color="gray" icon={<IconUserOff size={18} />} title="This person has been erased" role="status">
        <Stack gap={6}>
          <Text size="sm">
            Their name, e-mail and notes can no longer be read, and nothing about them is shown. Their past meetings still count, without a
            name, in their colleagues’ networks.
          </Text>
          <Anchor component={Link} to="/people" size="sm">
            Back to people
          </Anchor>
        </Stack>
      </Alert>
    </Stack>
  );
}
