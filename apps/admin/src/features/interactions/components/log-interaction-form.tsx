import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { CountInput } from '../../../components/count-input';
import type { Channel, InteractionKind, LogInteractionRequest, MeetingPlace } from '@rapport/contracts';
import { ColleagueMultiSelect } from '../../../components/colleague-select';
import { isApiProblem } from '../../../lib/api-problem';
import { fieldProblems } from '../../../lib/field-errors';
import { useLogInteraction } from '../api/log-interaction';
import { useSession } from '../../../lib/session';
import { channelOptions, kindOptions, placeOptions } from './interaction-options';

interface Draft {
  colleagues: string[];
  occurredAt: string;
  channel: Channel;
  kind: InteractionKind;
  durationMinutes: number | '';
  location: MeetingPlace | null;
  questionsAsked: number | '';
  storiesTold: number | '';
  note: string;
}

/** `YYYY-MM-DDTHH:mm` in local time, what a datetime-local input shows. */
export function localDateTimeInput(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** API field → form field. */
const fieldOf: Record<string, keyof Draft> = {
  participantIds: 'colleagues',
  initiatorId: 'colleagues',
  occurredAt: 'occurredAt',
  channel: 'channel',
  kind: 'kind',
  durationMinutes: 'durationMinutes',
  location: 'location',
  questionsAsked: 'questionsAsked',
  storiesTold: 'storiesTold',
  note: 'note',
};

/**
 * Log an interaction as `personId`, choosing colleagues from the directory: the API's field problems appear beside each field.
 * The private note belongs to the person it is recorded for (docs/privacy.md): `personName` names them when the one
 * recording is someone else (an admin on their page).
 */
export function LogInteractionForm({
  personId,
  personName,
  onLogged,
}: {
  personId: string;
  personName?: string;
  onLogged?: (interactionId: string) => void;
}) {
  const session = useSession();
  const noteOwner = session?.personId === personId ? null : (personName ?? 'this person');
  const initial = (): Draft => ({
    colleagues: [],
    occurredAt: localDateTimeInput(new Date()),
    channel: 'in_person',
    kind: 'coffee',
    durationMinutes: 30,
    location: null,
    questionsAsked: '',
    storiesTold: '',
    note: '',
  });
  const [draft, setDraft] = useState<Draft>(initial);
  const [clientErrors, setClientErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const logging = useLogInteraction();

  const { byField: serverErrors, other: otherErrors } = fieldProblems(logging.error, fieldOf);
  const errorOf = (field: keyof Draft) => clientErrors[field] ?? serverErrors[field];
  const set = <K extends keyof Draft>(field: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setClientErrors((e) => ({ ...e, [field]: undefined }));
    if (logging.isError || logging.isSuccess) logging.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Partial<Record<keyof Draft, string>> = {};
    if (draft.colleagues.length === 0) errors.colleagues = 'Choose at least one colleague';
    const when = new Date(draft.occurredAt);
    if (!draft.occurredAt || Number.isNaN(when.getTime())) errors.occurredAt = 'Say when it happened';
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const interaction: LogInteractionRequest = {
      initiatorId: personId,
      participantIds: [personId, ...draft.colleagues],
      occurredAt: when.toISOString(),
      channel: draft.channel,
      kind: draft.kind,
      ...(draft.durationMinutes !== '' ? { durationMinutes: draft.durationMinutes } : {}),
      ...(draft.location ? { location: draft.location } : {}),
      ...(draft.questionsAsked !== '' ? { questionsAsked: draft.questionsAsked } : {}),
      ...(draft.storiesTold !== '' ? { storiesTold: draft.storiesTold } : {}),
      ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
    };
    logging.mutate(interaction, {
      onSuccess: (answer) => {
        setDraft(initial());
        onLogged?.(answer.interactionId);
      },
    });
  };

  const number = (value: string | number): number | '' => (typeof value === 'number' ? value : value === '' ? '' : Number(value));
  // A count field: its draft (empty or a number), its changes and what is wrong with it.
  const count = (field: 'durationMinutes' | 'questionsAsked' | 'storiesTold') => ({
    value: draft[field],
    onChange: (value: string | number) => set(field, number(value)),
    error: errorOf(field),
  });
  // A choice that is always made: one of its options, never none.
  const choice = <F extends 'channel' | 'kind'>(field: F) => ({
    value: draft[field],
    onChange: (value: string | null) => value && set(field, value as Draft[F]),
    allowDeselect: false,
    error: errorOf(field),
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Log an interaction">
      <Stack gap="sm">
        <ColleagueMultiSelect
          label="Who with"
          exclude={[personId]}
          value={draft.colleagues}
          onChange={(value) => set('colleagues', value)}
          error={errorOf('colleagues')}
          withAsterisk
        />
        <TextInput
          label="When"
          type="datetime-local"
          value={draft.occurredAt}
          onChange={(e) => set('occurredAt', e.currentTarget.value)}
          error={errorOf('occurredAt')}
          withAsterisk
        />
        <SimpleGrid cols={2} spacing="sm">
          <Select label="Channel" data={channelOptions} {...choice('channel')} />
          <Select label="Kind" data={kindOptions} {...choice('kind')} />
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="sm">
          <CountInput label="Minutes" min={1} {...count('durationMinutes')} />
          <Select
            label="Where"
            description="Habit 3: meet in their office"
            placeholder="Optional"
            data={placeOptions}
            value={draft.location}
            onChange={(v) => set('location', v as MeetingPlace | null)}
            clearable
            error={errorOf('location')}
          />
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="sm">
          <CountInput label="Questions asked" description="Habit 5: ask more than you tell" min={0} {...count('questionsAsked')} />
          <CountInput label="Stories told" description="Habit 5: fewer stories than questions" min={0} {...count('storiesTold')} />
        </SimpleGrid>
        <Textarea
          label="Private note"
          description={noteOwner ? `Only ${noteOwner} can read it: the note is theirs, recorded on their behalf` : 'Only you can read it'}
          autosize
          minRows={2}
          value={draft.note}
          onChange={(e) => set('note', e.currentTarget.value)}
          error={errorOf('note')}
        />
        {isApiProblem(logging.error) && (otherErrors.length > 0 || logging.error.errors.length === 0) ? (
          <Alert color="red" title={logging.error.title} role="alert">
            {[logging.error.detail, ...otherErrors].filter(Boolean).join(' · ')}
          </Alert>
        ) : null}
        {logging.isSuccess ? (
          <Alert color="teal" title="Interaction logged">
            Your network below updates in a moment.
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={logging.isPending}>
            Log interaction
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
