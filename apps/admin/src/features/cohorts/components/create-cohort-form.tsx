import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { isApiProblem } from '../../../lib/api-problem';
import { fieldProblems } from '../../../lib/field-errors';
import { useCreateCohort } from '../api/create-cohort';
import { useCreateProgram } from '../api/create-program';
import { usePrograms } from '../api/list-programs';

type Field = 'programId' | 'name' | 'startsOn' | 'endsOn';
const fieldOf: Record<string, Field> = { programId: 'programId', name: 'name', startsOn: 'startsOn', endsOn: 'endsOn' };

/** Create a cohort of a programme (and the programme first, when there is none yet). */
export function CreateCohortForm({ onCreated }: { onCreated: (cohortId: string) => void }) {
  const programs = usePrograms();
  const createProgram = useCreateProgram();
  const createCohort = useCreateCohort();
  const [programId, setProgramId] = useState<string | null>(null);
  const [programName, setProgramName] = useState('');
  const [draft, setDraft] = useState({ name: '', startsOn: '', endsOn: '' });
  const problems = fieldProblems(createCohort.error, fieldOf);
  const chosenProgram = programId ?? (programs.data?.items.length === 1 ? programs.data.items[0]!.programId : null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosenProgram) return;
    createCohort.mutate({ programId: chosenProgram, ...draft }, { onSuccess: ({ cohortId }) => onCreated(cohortId) });
  };

  if (programs.isSuccess && programs.data.items.length === 0) {
    return (
      <Stack gap="sm">
        <TextInput label="First programme" placeholder="e.g. Leadership Accelerator 2026" value={programName} onChange={(e) => setProgramName(e.currentTarget.value)} error={fieldProblems(createProgram.error, { name: 'name' as const }).byField.name} />
        <Group justify="flex-end">
          <Button onClick={() => createProgram.mutate({ name: programName })} loading={createProgram.isPending} disabled={!programName.trim()}>Create programme</Button>
        </Group>
      </Stack>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Create a cohort">
      <Stack gap="sm">
        <Select label="Programme" data={(programs.data?.items ?? []).map((p) => ({ value: p.programId, label: p.name }))} value={chosenProgram} onChange={setProgramId} placeholder={programs.isPending ? 'Loading programmes…' : 'Choose a programme'} error={problems.byField.programId} withAsterisk />
        <TextInput label="Cohort name" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} error={problems.byField.name} withAsterisk />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label="Starts on" type="date" value={draft.startsOn} onChange={(e) => setDraft({ ...draft, startsOn: e.currentTarget.value })} error={problems.byField.startsOn} withAsterisk />
          <TextInput label="Ends on" type="date" value={draft.endsOn} onChange={(e) => setDraft({ ...draft, endsOn: e.currentTarget.value })} error={problems.byField.endsOn} withAsterisk />
        </SimpleGrid>
        {isApiProblem(createCohort.error) && (problems.other.length > 0 || createCohort.error.errors.length === 0) ? (
          <Alert color="red" title={createCohort.error.title} role="alert">{[createCohort.error.detail, ...problems.other].filter(Boolean).join(' · ')}</Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={createCohort.isPending} disabled={!chosenProgram}>Create cohort</Button>
        </Group>
      </Stack>
    </form>
  );
}
