import { useState } from 'react';
import { SegmentedControl, Stack } from '@mantine/core';
import { Panel } from '../../components/panel';
import { LogInteractionForm } from '../../features/interactions/components/log-interaction-form';
import { SignalForm, type SignalKind } from '../../features/signals/components/signal-form';

type RecordKind = 'interaction' | SignalKind;

/** Log an interaction, help, an introduction or a thank-you note; colleagues are found in the directory. */
export function LogInteractionPanel({ personId, personName }: { personId: string; personName?: string }) {
  const [record, setRecord] = useState<RecordKind>('interaction');
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
        {record === 'interaction' ? (
          <LogInteractionForm personId={personId} {...(personName ? { personName } : {})} />
        ) : (
          <SignalForm key={record} kind={record} personId={personId} />
        )}
      </Stack>
    </Panel>
  );
}
