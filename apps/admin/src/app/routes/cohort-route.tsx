import { useMemo } from 'react';
import { getRouteApi } from '@tanstack/react-router';
import { CohortScreen } from '../../features/cohorts/routes/cohort-screen';
import { usePeople } from '../../features/people/api/list-people';
import { useAsOf } from '../../lib/as-of';

const route = getRouteApi('/signed-in/cohorts/$cohortId');

export function CohortRoute() {
  const { cohortId } = route.useParams();
  const people = usePeople();
  const asOf = useAsOf();
  const candidates = useMemo(() => (people.data ?? []).map((p) => ({ value: p.personId, label: `${p.displayName} · ${p.department}` })), [people.data]);
  return <CohortScreen cohortId={cohortId} candidates={candidates} asOf={asOf.instant} />;
}
