import { useMemo } from 'react';
import type { PersonView } from '@rapport/contracts';
import { useDemoDirectory } from '../../features/people/api/demo-directory';
import { usePeople } from '../../features/people/api/list-people';
import type { Role } from '@rapport/contracts';

export interface ColleagueDirectory {
  readonly people: readonly PersonView[];
  readonly byId: ReadonlyMap<string, PersonView>;
}

/**
 * Names and departments of colleagues: an admin lists people; a participant, until the
 * API offers a colleague directory, uses the demo organisation's (dev sign-in only).
 * Empty when neither answers: screens then fall back to names on the ties themselves.
 */
export function useColleagueDirectory(role: Role): ColleagueDirectory {
  const asAdmin = usePeople({}, { enabled: role === 'admin' });
  const demo = useDemoDirectory();
  const people = (role === 'admin' ? asAdmin.data : demo.data) ?? [];
  return useMemo(() => ({ people, byId: new Map(people.map((p) => [p.personId, p])) }), [people]);
}
