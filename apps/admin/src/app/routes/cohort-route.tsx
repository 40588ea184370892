import { getRouteApi } from '@tanstack/react-router';
import { CohortScreen } from '../../features/cohorts/routes/cohort-screen';
import { useAsOf } from '../../lib/as-of';

const route = getRouteApi('/signed-in/cohorts/$cohortId');

export function CohortRoute() {
  const { cohortId } = route.useParams();
  const asOf = useAsOf();
  return <CohortScreen cohortId={cohortId} asOf={asOf.instant} />;
}
