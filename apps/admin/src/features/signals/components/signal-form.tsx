import { useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Button, Group, Select, Stack, Switch, TextInput } from '@mantine/core';
import { ColleagueSelect } from '../../../components/colleague-select';
import { helpKinds, type HelpKind } from '@rapport/contracts';
import { UnplacedProblemsAlert } from '../../../components/unplaced-problems-alert';
import { fieldProblems } from '../../../lib/field-errors';
import { useRecordSignal, type Signal } from '../api/record-signal';

export type SignalKind = Signal['kind'];

type Field = 'first' | 'second' | 'occurredAt' | 'helpKind' | 'handwritten';

const helpLabels: Record<HelpKind, string> = {
  advice: 'Advice',
  introduction: 'An introduction',
  resource: 'A resource',
  sponsorship: 'Sponsorship',
  feedback: 'Feedback',
  other: 'Other help',
};

/** API field → form field, per signal. */
const fieldsOf: Record<SignalKind, Record<string, Field>> = {
  help: { receiverId: 'first', giverId: 'first', kind: 'helpKind', occurredAt: 'occurredAt' },
  introduction: { personAId: 'first', personBId: 'second', introducerId: 'first', occurredAt: 'occurredAt' },
  'thank-you': { toId: 'first', fromId: 'first', handwritten: 'handwritten', occurredAt: 'occurredAt' },
};

const firstLabel: Record<SignalKind, string> = { help: 'Who you helped', introduction: 'Introduced', 'thank-you': 'Thanked' };

function localNow(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** Record help given, an introduction made, or a thank-you note sent, as `personId`, choosing colleagues from the directory. */
export function SignalForm({ kind, personId, colleagueId = null }: { kind: SignalKind; personId: string; colleagueId?: string | null }) {
  const [first, setFirst] = useState<string | null>(colleagueId);
  const [second, setSecond] = useState<string | null>(null);
  const [occurredAt, setOccurredAt] = useState(localNow);
  const [helpKind, setHelpKind] = useState<HelpKind>('advice');
  const [handwritten, setHandwritten] = useState(false);
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});
  const recording = useRecordSignal();
  const problems = fieldProblems(recording.error, fieldsOf[kind]);
  const errorOf = (field: Field) => missing[field] ?? problems.byField[field];
  const touched = () => {
    setMissing({});
    if (recording.isError || recording.isSuccess) recording.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const when = new Date(occurredAt);
    const absent: Partial<Record<Field, string>> = {};
    if (!first) absent.first = 'Choose a colleague';
    if (kind === 'introduction' && !second) absent.second = 'Choose who they met';
    if (Number.isNaN(when.getTime())) absent.occurredAt = 'Say when it happened';
    setMissing(absent);
    if (Object.keys(absent).length > 0 || !first) return;
    const at = when.toISOString();
    const signal: Signal =
      kind === 'help'
        ? { kind, body: { giverId: personId, receiverId: first, kind: helpKind, occurredAt: at } }
        : kind === 'introduction'
          ? { kind, body: { introducerId: personId, personAId: first, personBId: second ?? '', occurredAt: at } }
          : { kind, body: { fromId: personId, toId: first, handwritten, occurredAt: at } };
    recording.mutate(signal, {
      onSuccess: () => {
        setFirst(null);
        setSecond(null);
      },
    });
  };

  const colleague = (
    label: string,
    value: string | null,
    set: (v: string | null) => void,
    field: Field,
    exclude: readonly string[],
  ): ReactNode => (
    <ColleagueSelect
      label={label}
      exclude={exclude}
      value={value}
      onChange={(v) => {
        set(v);
        touched();
      }}
      error={errorOf(field)}
      withAsterisk
    />
  );

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={`Record ${kind === 'help' ? 'help given' : kind === 'introduction' ? 'an introduction' : 'a thank-you note'}`}
    >
      <Stack gap="sm">
        {colleague(firstLabel[kind], first, setFirst, 'first', [personId])}
        {kind === 'introduction' ? colleague('To', second, setSecond, 'second', first ? [personId, first] : [personId]) : null}
        {kind === 'help' ? (
          <Select
            label="What kind of help"
            data={helpKinds.map((k) => ({ value: k, label: helpLabels[k] }))}
            value={helpKind}
            onChange={(v) => v && setHelpKind(v as HelpKind)}
            allowDeselect={false}
            error={errorOf('helpKind')}
          />
        ) : null}
        {kind === 'thank-you' ? (
          <Switch
            label="Handwritten"
            checked={handwritten}
            onChange={(e) => setHandwritten(e.currentTarget.checked)}
            error={errorOf('handwritten')}
          />
        ) : null}
        <TextInput
          label="When"
          type="datetime-local"
          value={occurredAt}
          onChange={(e) => {
            setOccurredAt(e.currentTarget.value);
            touched();
          }}
          error={errorOf('occurredAt')}
          withAsterisk
        />
        <UnplacedProblemsAlert error={recording.error} problems={problems} />
        {recording.isSuccess ? (
          <Alert color="teal" title="Recorded">
            Your scorecard and ties update in a moment.
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={recording.isPending}>
            Record
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
