import { describe, it } from 'vitest';
import type { PersonProfileUpdatedV1 } from '@rapport/contracts';
import { decideUpdateProfile, type UpdateProfileState } from './update-profile';
import { deciderSpecification } from '../shared/decider-specification.testing';

const ana = '00000000-0000-4000-8000-00000000000a';
const bruno = '00000000-0000-4000-8000-00000000000b';

const updating = deciderSpecification((state: UpdateProfileState, command: PersonProfileUpdatedV1) => decideUpdateProfile(command, state));
const registered = { registered: true, managerKnown: true };

describe('updating a profile', () => {
  it('given a registered person and a known manager, when the profile changes, then the change is recorded as asked', () => {
    const command = { personId: ana, changes: { department: 'Sales', managerId: bruno } };
    updating.given(registered).when(command).then({ type: 'PersonProfileUpdated', schemaVersion: 2, data: command });
  });

  it('given nobody by that id, then it is refused as not_found', () => {
    updating
      .given({ ...registered, registered: false })
      .when({ personId: ana, changes: { department: 'Sales' } })
      .thenRefuses('not_found');
  });

  it('given an unknown new manager, then managerId is refused as an unknown person, as at registration', () => {
    updating
      .given({ ...registered, managerKnown: false })
      .when({ personId: ana, changes: { managerId: bruno } })
      .thenRefuses('unknown_person', ['managerId']);
  });

  it('given themselves as manager, then managerId is refused as invalid', () => {
    updating
      .given(registered)
      .when({ personId: ana, changes: { managerId: ana } })
      .thenRefuses('validation', ['managerId']);
  });
});
