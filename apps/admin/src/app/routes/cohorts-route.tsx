import { useNavigate } from '@tanstack/react-router';
import { CohortsScreen } from '../../features/cohorts/routes/cohorts-screen';

export function CohortsRoute() {
  const navigate = useNavigate();
  return <CohortsScreen onOpen={(cohortId) => void navigate({ to: '/cohorts/$cohortId', params: { cohortId } })} />;
}
