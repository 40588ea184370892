import { useCallback } from 'react';
import { useNavigate } from '@tanstack/react-router';
import { OrganisationScreen } from '../../features/organisation/routes/organisation-screen';
import { useAsOf } from '../../lib/as-of';

export function OrganisationRoute() {
  const asOf = useAsOf();
  const navigate = useNavigate();
  const open = useCallback((personId: string) => void navigate({ to: '/people/$personId', params: { personId } }), [navigate]);
  return <OrganisationScreen asOf={asOf.instant} onSelectPerson={open} />;
}
