import { useMemo, useState } from 'react';
import { SegmentedControl, Stack } from '@mantine/core';
import { Panel } from '../../components/panel';
import { LogInteractionForm } from '../../features/interactions/components/log-interaction-form';
import { useRelationships } from '../../features/relationships/api/get-relationships';
import { SignalForm, type SignalKind } from '../../features/signals/components/signal-form';
import type { ColleagueDirectory } from './use-colleague-directory';

type RecordKind = 'interaction' | SignalKind;

/** Log an interaction, help, an introduction or a thank-you note; colleagues come from the directory, or from existing ties. */
export function LogInteractionPanel({ personId, directory, asOf }: { personId: string; directory: ColleagueDirectory; asOf: string | undefined }) {
  const [record, setRecord] = useState<RecordKind>('interaction');
  const ties = useRelationships(personId, asOf);
  const colleagues = useMemo(() => {
    if (directory.people.length > 0) {
      return directory.people.map((p) => ({ value: p.personId, label: `${p.displayName} · ${p.department}` }));
    }
    return (ties.data ?? []).map((t) => ({ value: t.counterpartId, label: t.counterpartName ?? 'Former colleague' }));
  }, [directory.people, ties.data]);
  return (
    <Panel title="Record networking" description="A conversation, help, an introduction, a thank-you: each one strengthens a tie">
      <Stack gap="md">
        <SegmentedControl
          fullWidth
          size="xs"
          aria-label="What to record"
          value={record}
          onChange={(value) => setRecord(value as RecordKind)}
          data={[
            { value: 'interaction', label: 'Interaction' },
            { value: 'help', label: 'Help' },
            { value: 'introduction', label: 'Introduction' },
            { value: 'thank-you', label: 'Thank-you' },
          ]}
        />
        {record === 'interaction' ? <LogInteractionForm personId={personId} colleagues={colleagues} /> : <SignalForm key={record} kind={record} personId={personId} colleagues={colleagues} />}
      </Stack>
    </Panel>
  );
}
