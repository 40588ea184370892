import { useEffect, useRef, useState } from 'react';
import { Stack } from '@mantine/core';
import { Panel } from '../../../components/panel';
import { SegmentedChoice } from '../../../components/segmented-choice';
import { LogInteractionForm } from './log-interaction-form';
import { SignalForm, type SignalKind } from '../../signals';

type RecordKind = 'interaction' | SignalKind;

const recordKinds: Record<RecordKind, string> = {
  interaction: 'Interaction',
  help: 'Help',
  introduction: 'Introduction',
  'thank-you': 'Thank-you',
};

/** A request from elsewhere on the page (a relationship row) to record something with one colleague; `at` tells requests apart. */
export interface RecordRequest {
  readonly kind: SignalKind;
  readonly colleagueId: string;
  readonly at: number;
}

/**
 * Log an interaction, help, an introduction or a thank-you note; colleagues are found in
 * the directory. A request from a relationship row opens the right form with the colleague
 * chosen, and brings the panel into view.
 */
export function LogInteractionPanel({
  personId,
  personName,
  request,
}: {
  personId: string;
  personName?: string;
  request?: RecordRequest | null;
}) {
  const [record, setRecord] = useState<RecordKind>('interaction');
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!request) return;
    setRecord(request.kind);
    panel.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [request]);
  return (
    <div ref={panel}>
      <Panel title="Record networking" description="A conversation, help, an introduction, a thank-you: each one strengthens a tie">
        <Stack gap="md">
          <SegmentedChoice fullWidth size="xs" aria-label="What to record" choices={recordKinds} value={record} onChange={setRecord} />
          {record === 'interaction' ? (
            <LogInteractionForm personId={personId} {...(personName ? { personName } : {})} />
          ) : (
            <SignalForm
              key={`${record}-${request?.at ?? 0}`}
              kind={record}
              personId={personId}
              colleagueId={request?.kind === record ? request.colleagueId : null}
            />
          )}
        </Stack>
      </Panel>
    </div>
  );
}
