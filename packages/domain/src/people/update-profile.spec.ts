import { describe, expect, it } from 'vitest';
import { decideUpdateProfile } from './update-profile';
import { refusalOf } from '../shared/refusal.testing';

const ana = '00000000-0000-4000-8000-00000000000a';
const bruno = '00000000-0000-4000-8000-00000000000b';

describe('updating a profile', () => {
  it('given a registered person and a known manager, when the profile changes, then the change is recorded as asked', () => {
    const command = { personId: ana, changes: { department: 'Sales', managerId: bruno } };
    expect(decideUpdateProfile(command, { registered: true, managerKnown: true })).toEqual(command);
  });

  it('given nobody by that id, then it is refused as not_found', () => {
    expect(
      refusalOf(() => decideUpdateProfile({ personId: ana, changes: { department: 'Sales' } }, { registered: false, managerKnown: true }))
        .code,
    ).toBe('not_found');
  });

  it('given an unknown new manager, then managerId is refused as an unknown person, as at registration', () => {
    expect(
      refusalOf(() => decideUpdateProfile({ personId: ana, changes: { managerId: bruno } }, { registered: true, managerKnown: false })),
    ).toEqual({
      code: 'unknown_person',
      fields: ['managerId'],
    });
  });

  it('given themselves as manager, then managerId is refused as invalid', () => {
    expect(
      refusalOf(() => decideUpdateProfile({ personId: ana, changes: { managerId: ana } }, { registered: true, managerKnown: true })),
    ).toEqual({
      code: 'validation',
      fields: ['managerId'],
    });
  });
});
