import type { Session } from './session';

/** Where each role lands after signing in. */
export function homeOf(session: Session): { to: string; params?: Record<string, string> } {
  if (session.role === 'admin') return { to: '/people' };
  if (session.role === 'manager') return { to: '/team' };
  return session.personId ? { to: '/people/$personId', params: { personId: session.personId } } : { to: '/sign-in' };
}
