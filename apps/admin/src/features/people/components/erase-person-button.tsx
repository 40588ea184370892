import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { describeProblem } from '../../../lib/api-problem';
import { useErasePerson } from '../api/erase-person';

/**
 * An admin erases a person from their page, after a confirmation that says what
 * happens (docs/privacy.md, "Erasure"). Nothing is erased until "Erase" is pressed.
 */
export function ErasePersonButton({ personId, displayName, onErased }: { personId: string; displayName: string; onErased: () => void }) {
  const [opened, { open, close }] = useDisclosure(false);
  const erase = useErasePerson();
  const confirm = () => erase.mutate(personId, { onSuccess: () => (close(), onErased()) });
  return (
    <>
      <Button variant="outline" color="red" size="xs" leftSection={<IconTrash size={14} />} onClick={open}>
        Erase this person…
      </Button>
      <Modal opened={opened} onClose={close} title={`Erase ${displayName}?`} centered>
        <Stack gap="sm">
          <Text size="sm">This cannot be undone. Once erased:</Text>
          <List size="sm" spacing={4}>
            <List.Item>their name, e-mail and private notes can never be read again, here or in any backup;</List.Item>
            <List.Item>they leave the people list, the directory, every picker and every cohort they are in;</List.Item>
            <List.Item>their page says only that they were erased;</List.Item>
            <List.Item>their past meetings still count in their colleagues’ networks, without a name.</List.Item>
          </List>
          {erase.isError ? (
            <Text size="sm" c="red.8" role="alert">
              Not erased: {describeProblem(erase.error)}
            </Text>
          ) : null}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close} disabled={erase.isPending}>
              Keep {displayName}
            </Button>
            <Button color="red" onClick={confirm} loading={erase.isPending}>
              Erase {displayName}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
