import { useMemo, useState, type FormEvent } from 'react';
import { Alert, Button, Select, Stack, Text } from '@mantine/core';
import type { Role } from '@rapport/contracts';
import { ProblemAlert } from '../../../components/problem-alert';
import { SegmentedChoice } from '../../../components/segmented-choice';
import type { Session } from '../../../lib/session';
import { useDevSignIn } from '../api/dev-token';

export interface DemoPerson {
  readonly personId: string;
  readonly displayName: string;
  readonly department: string;
  readonly function: string;
  readonly managerId?: string | null;
}

const roleNames: Record<Role, string> = { participant: 'Participant', manager: 'Manager', admin: 'Admin' };

const roleDescriptions: Record<Role, string> = {
  participant: 'Sees and grows their own network.',
  manager: 'Also sees their team’s aggregates (never individual pairs).',
  admin: 'Runs the programme and sees participants’ metrics.',
};

/** Dev sign-in: pick a role and a demo person; the API signs a token for them. */
export function SignInForm({
  people,
  peopleError,
  peopleLoading,
  onSignedIn,
}: {
  people: readonly DemoPerson[];
  peopleError?: unknown;
  peopleLoading?: boolean;
  onSignedIn: (session: Session) => void;
}) {
  const [role, setRole] = useState<Role>('participant');
  const [personId, setPersonId] = useState<string | null>(null);
  const [missingPerson, setMissingPerson] = useState(false);
  const signIn = useDevSignIn({ onSignedIn });
  // A manager signs in as someone who has reports: the picker lists managers only.
  const managers = useMemo(() => people.filter((p) => people.some((report) => report.managerId === p.personId)), [people]);
  const choices = role === 'manager' ? managers : people;
  const person = choices.find((p) => p.personId === personId) ?? null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (role !== 'admin' && !person) {
      setMissingPerson(true);
      return;
    }
    signIn.mutate({ role, person: person ? { personId: person.personId, displayName: person.displayName } : null });
  };

  return (
    <form onSubmit={submit} aria-label="Sign in" noValidate>
      <Stack gap="md">
        <div>
          <Text size="sm" fw={500} mb={4} id="role-label">
            Role
          </Text>
          <SegmentedChoice fullWidth aria-labelledby="role-label" choices={roleNames} value={role} onChange={setRole} />
          <Text size="xs" c="dimmed" mt={4}>
            {roleDescriptions[role]}
          </Text>
        </div>
        {peopleError ? (
          <ProblemAlert error={peopleError} what="Demo people" />
        ) : (
          <Select
            label="Demo person"
            placeholder={peopleLoading ? 'Loading the demo organisation…' : 'Search by name'}
            description={role === 'admin' ? 'Optional for an admin' : role === 'manager' ? 'People with reports' : undefined}
            data={choices.map((p) => ({ value: p.personId, label: `${p.displayName} · ${p.department}` }))}
            value={person ? personId : null}
            onChange={(value) => {
              setPersonId(value);
              setMissingPerson(false);
            }}
            searchable
            clearable
            disabled={peopleLoading}
            nothingFoundMessage="Nobody by that name"
            error={missingPerson ? 'Choose who you are signing in as' : undefined}
            withAsterisk={role !== 'admin'}
          />
        )}
        {signIn.error ? <ProblemAlert error={signIn.error} what="Sign-in" /> : null}
        <Button type="submit" loading={signIn.isPending} fullWidth>
          Sign in
        </Button>
        <Alert variant="light" color="blue" p="xs" role="note">
          <Text size="xs">Dev sign-in is for the demo organisation only; production signs in through your identity provider.</Text>
        </Alert>
      </Stack>
    </form>
  );
}
