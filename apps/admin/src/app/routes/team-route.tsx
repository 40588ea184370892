import { useAsOf } from '../../lib/as-of';
import { useSession } from '../../lib/session';
import { EmptyState } from '../../components/empty-state';
import { TeamDashboardScreen } from '../../features/team/routes/team-dashboard-screen';

export function TeamRoute() {
  const session = useSession();
  const asOf = useAsOf();
  if (!session?.personId)
    return <EmptyState title="Sign in as a manager to see a team">A manager signs in as a person with reports.</EmptyState>;
  return <TeamDashboardScreen managerId={session.personId} asOf={asOf.instant} />;
}
