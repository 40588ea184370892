import { useState, type FormEvent } from 'react';
import { Anchor, Button, Group, Select, Stack } from '@mantine/core';
import { ProblemAlert } from '../../../components/problem-alert';
import { UnplacedProblemsAlert } from '../../../components/unplaced-problems-alert';
import { fieldProblems } from '../../../lib/field-errors';
import { useCreateCohort } from '../api/create-cohort';
import { usePrograms } from '../api/list-programs';
import { CohortNameAndDates } from './cohort-name-and-dates';
import { NewProgramFields } from './new-program-fields';

type Field = 'programId' | 'name' | 'startsOn' | 'endsOn';
const fieldOf: Record<string, Field> = { programId: 'programId', name: 'name', startsOn: 'startsOn', endsOn: 'endsOn' };

/** Create a cohort of a programme; a new programme can be started here too (the first one, or another). */
export function CreateCohortForm({ onCreated }: { onCreated: (cohortId: string) => void }) {
  const programs = usePrograms();
  const createCohort = useCreateCohort();
  const [programId, setProgramId] = useState<string | null>(null);
  const [addingProgram, setAddingProgram] = useState(false);
  const [draft, setDraft] = useState({ name: '', startsOn: '', endsOn: '' });
  const problems = fieldProblems(createCohort.error, fieldOf);
  const chosenProgram = programId ?? (programs.data?.items.length === 1 ? programs.data.items[0]!.programId : null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosenProgram) return;
    createCohort.mutate({ programId: chosenProgram, ...draft }, { onSuccess: ({ cohortId }) => onCreated(cohortId) });
  };

  if (programs.isError) return <ProblemAlert error={programs.error} what="Programmes" onRetry={() => void programs.refetch()} />;
  if (programs.isSuccess && programs.data.items.length === 0) return <NewProgramFields label="First programme" onCreated={setProgramId} />;
  if (addingProgram) {
    return (
      <NewProgramFields
        label="New programme"
        onCreated={(id) => {
          setProgramId(id);
          setAddingProgram(false);
        }}
        onCancel={() => setAddingProgram(false)}
      />
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Create a cohort">
      <Stack gap="sm">
        <Stack gap={2}>
          <Select
            label="Programme"
            data={(programs.data?.items ?? []).map((p) => ({ value: p.programId, label: p.name }))}
            value={chosenProgram}
            onChange={setProgramId}
            placeholder={programs.isPending ? 'Loading programmes…' : 'Choose a programme'}
            error={problems.byField.programId}
            withAsterisk
          />
          <Anchor component="button" type="button" size="xs" ta="left" onClick={() => setAddingProgram(true)}>
            Start another programme
          </Anchor>
        </Stack>
        <CohortNameAndDates
          draft={draft}
          onChange={(field, value) => setDraft({ ...draft, [field]: value })}
          errorOf={(field) => problems.byField[field]}
        />
        <UnplacedProblemsAlert error={createCohort.error} problems={problems} />
        <Group justify="flex-end">
          <Button type="submit" loading={createCohort.isPending} disabled={!chosenProgram}>
            Create cohort
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
