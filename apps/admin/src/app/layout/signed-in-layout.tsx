import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useSession } from '../../lib/session';
import { authKeys } from '../../features/auth/api/auth-keys';
import { AppLayout } from './app-layout';

/**
 * The signed-in screens. When the session ends while they are open (its token expired,
 * or it was signed out), what it fetched is dropped and the person is sent to sign in.
 */
export function SignedInLayout() {
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  useEffect(() => {
    if (session) return;
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
    void navigate({ to: '/sign-in', replace: true });
  }, [session, queryClient, navigate]);
  return <AppLayout />;
}
