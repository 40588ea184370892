import { useState } from 'react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { isApiProblem } from '../../../lib/api-problem';
import { fieldProblems } from '../../../lib/field-errors';
import { useCreateProgram } from '../api/create-program';

/** Name a new leadership programme and create it; `label` says whether it is the first. */
export function NewProgramFields({
  label,
  onCreated,
  onCancel,
}: {
  label: string;
  onCreated: (programId: string) => void;
  onCancel?: () => void;
}) {
  const [name, setName] = useState('');
  const creating = useCreateProgram();
  const problems = fieldProblems(creating.error, { name: 'name' as const });
  const otherProblem =
    isApiProblem(creating.error) && !problems.byField.name
      ? [creating.error.title, creating.error.detail].filter(Boolean).join(': ')
      : undefined;
  const create = () => creating.mutate({ name: name.trim() }, { onSuccess: ({ programId }) => onCreated(programId) });
  return (
    <Stack gap="sm">
      <TextInput
        label={label}
        placeholder="e.g. Leadership Accelerator 2026"
        value={name}
        onChange={(e) => {
          setName(e.currentTarget.value);
          if (creating.isError) creating.reset();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && name.trim()) {
            e.preventDefault();
            create();
          }
        }}
        error={problems.byField.name ?? otherProblem}
      />
      <Group justify="flex-end">
        {onCancel ? (
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
        <Button onClick={create} loading={creating.isPending} disabled={!name.trim()}>
          Create programme
        </Button>
      </Group>
    </Stack>
  );
}
