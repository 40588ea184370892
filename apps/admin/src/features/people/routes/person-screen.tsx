import { useCallback, useMemo, useState } from 'react';
import { Badge, Grid, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type Access, type Role, routes } from '@rapport/contracts';
import { usePerson } from '../api/get-person';
import { ColleagueSelect } from '../../../components/colleague-select';
import { useColleaguesById } from '../../../lib/colleague-directory';
import { useAsOf } from '../../../lib/as-of';
import { usePageTitle } from '../../../lib/page-title';
import { formatDate } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { ProblemAlert } from '../../../components/problem-alert';
import { ErasePersonButton } from '../components/erase-person-button';
import { ErasedPersonNotice, isErasedPerson } from '../components/erased-person-notice';
import { PersonNextSteps } from '../components/person-next-steps';
import { FeedbackRequestsPanel, InsightsPanels, IntroductionsPanel } from '../../insights';
import { LogInteractionPanel, type RecordRequest } from '../../interactions';
import { NetworkPanels, RelationshipsPanel, useRelationships } from '../../relationships';

const route = getRouteApi('/signed-in/people/$personId');

/** Person view: ego network, relationships with explanations, habits, recommendations, and logging. */
export function PersonScreen() {
  const { personId } = route.useParams();
  const session = useSession();
  const asOf = useAsOf();
  const navigate = useNavigate();
  const person = usePerson(personId);
  usePageTitle(person.isError && isErasedPerson(person.error) ? 'Erased person' : person.data?.displayName);
  // Departments colour the ego network: the directory names the colleagues one has ties to.
  const ties = useRelationships(personId, asOf.instant);
  const counterparts = useMemo(() => (ties.data ?? []).map((t) => t.counterpartId), [ties.data]);
  const colleagues = useColleaguesById(counterparts);
  const departmentOf = useCallback((id: string) => colleagues.data?.get(id)?.department ?? null, [colleagues.data]);
  const isAdmin = session?.role === 'admin';
  const isOwnPage = session?.personId === personId;
  // Recording is offered to whoever the API lets record (today participants and admins, not managers).
  const canRecord = session ? mayCall(routes.logInteraction.access, session.role) : false;
  const [recordRequest, setRecordRequest] = useState<RecordRequest | null>(null);
  const recordFromTie = useCallback(
    (kind: 'help' | 'introduction', colleagueId: string) => setRecordRequest({ kind, colleagueId, at: Date.now() }),
    [],
  );
  const perspective = { personName: person.data?.displayName ?? 'This person', viewerIsPerson: isOwnPage };
  const open = useCallback((id: string) => void navigate({ to: '/people/$personId', params: { personId: id } }), [navigate]);

  if (person.isError && isErasedPerson(person.error)) return <ErasedPersonNotice />;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        {person.isPending ? (
          <Skeleton h={48} w={320} />
        ) : person.isError ? (
          <ProblemAlert error={person.error} what="This person" />
        ) : (
          <div>
            <Title order={1} size="h2">
              {isOwnPage ? `${person.data.displayName} (you)` : person.data.displayName}
            </Title>
            <Group gap="xs" mt={4}>
              <Badge variant="light">{person.data.department}</Badge>
              <Text size="sm" c="dimmed">
                {person.data.function} · {person.data.location}
              </Text>
              <Text size="sm" c="dimmed">
                · metrics as of {asOf.instant ? formatDate(asOf.instant) : 'now'}
              </Text>
            </Group>
          </div>
        )}
        {isAdmin ? (
          <Group gap="sm" align="flex-end">
            {person.data && !isOwnPage ? (
              <ErasePersonButton personId={personId} displayName={person.data.displayName} onErased={() => void person.refetch()} />
            ) : null}
            <ColleagueSelect
              label="Show another person"
              hiddenLabel
              placeholder="Find a person"
              value={personId}
              onChange={(id) => id && open(id)}
              w={280}
            />
          </Group>
        ) : null}
      </Group>
      {person.data ? (
        <PersonNextSteps
          personId={personId}
          name={isOwnPage ? null : (person.data.displayName.split(' ')[0] ?? person.data.displayName)}
          department={person.data.department}
          asOf={asOf.instant}
        />
      ) : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <NetworkPanels
            personId={personId}
            personLabel={person.data?.displayName ?? 'This person'}
            personDepartment={person.data?.department ?? null}
            asOf={asOf.instant}
            departmentOf={departmentOf}
            {...(isAdmin ? { onSelectPerson: open } : {})}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            {isOwnPage && asOf.instant === undefined ? <FeedbackRequestsPanel personId={personId} /> : null}
            {(isOwnPage || isAdmin) && asOf.instant === undefined ? <IntroductionsPanel personId={personId} canAnswer={isOwnPage} /> : null}
            {canRecord ? (
              <LogInteractionPanel
                personId={personId}
                request={recordRequest}
                {...(person.data ? { personName: person.data.displayName } : {})}
              />
            ) : null}
            <InsightsPanels personId={personId} asOf={asOf.instant} canRecord={canRecord} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={12}>
          <RelationshipsPanel
            personId={personId}
            asOf={asOf.instant}
            perspective={perspective}
            onRecord={canRecord && asOf.instant === undefined ? recordFromTie : undefined}
          />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

const mayCall = (access: Access, role: Role) => access.kind === 'public' || access.roles.includes(role);
