import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { problemTypes } from '@rapport/contracts';
import { isApiProblem } from '../../../lib/api-problem';
import { fieldProblems } from '../../../lib/field-errors';
import { UnplacedProblemsAlert } from '../../../components/unplaced-problems-alert';
import type { CohortView } from '../api/cohort-schemas';
import { useUpdateCohort, type CohortChanges } from '../api/update-cohort';
import { CohortNameAndDates } from './cohort-name-and-dates';

type Field = 'name' | 'startsOn' | 'endsOn' | 'goals';
const fieldOf: Record<string, Field> = { name: 'name', startsOn: 'startsOn', endsOn: 'endsOn', goals: 'goals' };
const MAX_GOALS = 20;

const goalsOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** What the draft changes in the cohort, field by field; only those are sent. */
function changesOf(
  cohort: CohortView,
  draft: { name: string; startsOn: string; endsOn: string; goals: string },
): Omit<CohortChanges, 'expectedVersion'> {
  const goals = goalsOf(draft.goals);
  return {
    ...(draft.name.trim() !== cohort.name ? { name: draft.name.trim() } : {}),
    ...(draft.startsOn !== cohort.startsOn ? { startsOn: draft.startsOn } : {}),
    ...(draft.endsOn !== cohort.endsOn ? { endsOn: draft.endsOn } : {}),
    ...(goals.join('\n') !== cohort.goals.join('\n') ? { goals } : {}),
  };
}

/** Change a cohort's name, dates and goals, against the version on screen (someone else's change is not overwritten). */
export function EditCohortForm({ cohort, onDone }: { cohort: CohortView; onDone: () => void }) {
  const [draft, setDraft] = useState({
    name: cohort.name,
    startsOn: cohort.startsOn,
    endsOn: cohort.endsOn,
    goals: cohort.goals.join('\n'),
  });
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});
  const saving = useUpdateCohort(cohort.cohortId);
  const problems = fieldProblems(saving.error, fieldOf);
  const errorOf = (field: Field) => missing[field] ?? problems.byField[field];
  const changes = changesOf(cohort, draft);
  const conflict = isApiProblem(saving.error) && (saving.error.status === 409 || saving.error.type === problemTypes.concurrencyConflict);
  const set = (field: Field, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setMissing((m) => ({ ...m, [field]: undefined }));
    if (saving.isError) saving.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const absent: Partial<Record<Field, string>> = {};
    if (!draft.name.trim()) absent.name = 'Give the cohort a name';
    if (!draft.startsOn) absent.startsOn = 'Say when it starts';
    if (!draft.endsOn) absent.endsOn = 'Say when it ends';
    else if (draft.startsOn && draft.endsOn < draft.startsOn) absent.endsOn = 'It cannot end before it starts';
    if (goalsOf(draft.goals).length > MAX_GOALS) absent.goals = `At most ${MAX_GOALS} goals`;
    setMissing(absent);
    if (Object.keys(absent).length > 0) return;
    saving.mutate({ expectedVersion: cohort.version, ...changes }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Edit the cohort">
      <Stack gap="sm">
        <CohortNameAndDates draft={draft} onChange={set} errorOf={errorOf} />
        <Textarea
          label="Goals"
          description="One goal per line"
          autosize
          minRows={3}
          value={draft.goals}
          onChange={(e) => set('goals', e.currentTarget.value)}
          error={errorOf('goals')}
        />
        {conflict ? (
          <Alert color="yellow" title="Someone changed this cohort meanwhile" role="alert">
            The cohort above now shows their change. Check your edits against it and save again.
          </Alert>
        ) : (
          <UnplacedProblemsAlert error={saving.error} problems={problems} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={saving.isPending} disabled={Object.keys(changes).length === 0}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
