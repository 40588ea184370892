import { describe, expect, it } from 'vitest';
import type { Session } from '../../lib/session';
import { navigationFor } from './navigation';

const session = (role: Session['role'], personId: string | null = '0190d8c4-0000-7000-8000-000000000001'): Session => ({
  token: 't',
  role,
  personId,
  displayName: 'Aiko Tanaka',
  expiresAt: '2999-01-01T00:00:00Z',
});
const labels = (s: Session) => navigationFor(s).map((item) => item.label);

describe('navigation', () => {
  it('gives a participant their own network and the glossary', () => {
    expect(labels(session('participant'))).toEqual(['My network', 'Glossary']);
  });

  it('gives a manager their own network beside their team, and the glossary', () => {
    expect(labels(session('manager'))).toEqual(['My network', 'My team', 'Glossary']);
    expect(navigationFor(session('manager'))[0]).toMatchObject({ href: '/people/0190d8c4-0000-7000-8000-000000000001' });
  });

  it('leaves out "My network" for someone the sign-in names no person for', () => {
    expect(labels(session('manager', null))).toEqual(['My team', 'Glossary']);
  });

  it('gives an admin the programme’s screens and the glossary', () => {
    expect(labels(session('admin'))).toEqual(['People', 'Cohorts', 'Organisation map', 'Operations', 'Glossary']);
  });
});
