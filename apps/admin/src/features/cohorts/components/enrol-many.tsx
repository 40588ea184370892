import { useState } from 'react';
import { Alert, Button, FileButton, Group, Progress, Stack, Text, Textarea } from '@mantine/core';
import { IconFileUpload, IconUsersPlus } from '@tabler/icons-react';
import { emailsIn, useEnrolMany, type EnrolManyOutcome } from '../api/enrol-many';

const list = (names: readonly string[]) => names.join(', ');

function OutcomeSummary({ outcome }: { outcome: EnrolManyOutcome }) {
  const problems = outcome.unknown.length + outcome.refused.length;
  return (
    <Alert variant="light" color={problems ? 'yellow' : 'teal'} title={`${outcome.enrolled.length} enrolled`} role="status">
      <Stack gap={4}>
        {outcome.enrolled.length ? <Text size="sm">Enrolled: {list(outcome.enrolled)}.</Text> : null}
        {outcome.alreadyEnrolled.length ? <Text size="sm">Already in the cohort: {list(outcome.alreadyEnrolled)}.</Text> : null}
        {outcome.unknown.length ? <Text size="sm">Nobody registered has these addresses: {list(outcome.unknown)}.</Text> : null}
        {outcome.refused.map((r) => (
          <Text size="sm" key={r.email}>
            Not enrolled, {r.email}: {r.reason}.
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}

/** Enrols many people at once from pasted e-mail addresses or a CSV file that holds them (any column). */
export function EnrolMany({ cohortId }: { cohortId: string }) {
  const [text, setText] = useState('');
  const [done, setDone] = useState(0);
  const enrol = useEnrolMany(cohortId, setDone);
  const emails = emailsIn(text);
  const start = () => {
    setDone(0);
    enrol.mutate(emails, { onSuccess: (outcome) => outcome.unknown.length + outcome.refused.length === 0 && setText('') });
  };
  const readFile = (file: File | null) => void file?.text().then((content) => setText((current) => `${current}\n${content}`.trim()));
  return (
    <Stack gap="xs">
      <Textarea
        label="Enrol many people"
        description="Paste e-mail addresses (one per line, or separated by commas), or add a CSV file that has them in any column."
        placeholder={'ana.ruiz@example.com\nbruno.costa@example.com'}
        autosize
        minRows={3}
        maxRows={8}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <Group gap="xs">
        <FileButton onChange={readFile} accept=".csv,text/csv,text/plain">
          {(props) => (
            <Button {...props} variant="default" leftSection={<IconFileUpload size={16} />}>
              Add a CSV file
            </Button>
          )}
        </FileButton>
        <Button leftSection={<IconUsersPlus size={16} />} disabled={emails.length === 0} loading={enrol.isPending} onClick={start}>
          {emails.length ? `Enrol ${emails.length} ${emails.length === 1 ? 'person' : 'people'}` : 'Enrol everyone listed'}
        </Button>
      </Group>
      {enrol.isPending ? (
        <Stack gap={4}>
          <Progress value={(100 * done) / Math.max(1, enrol.variables?.length ?? 1)} aria-label="Enrolment progress" />
          <Text size="xs" c="dimmed">
            {done} of {enrol.variables?.length ?? 0}
          </Text>
        </Stack>
      ) : null}
      {enrol.data ? <OutcomeSummary outcome={enrol.data} /> : null}
    </Stack>
  );
}
