import { describe, it } from 'vitest';
import { decideErasePerson, type ErasePersonState } from './erase-person';
import { deciderSpecification } from '../shared/decider-specification.testing';

const ana = '00000000-0000-4000-8000-00000000000a';

const erasing = deciderSpecification((state: ErasePersonState, personId: string) => decideErasePerson({ personId }, state));

describe('erasing a person', () => {
  it('given a registered person, when erased, then PersonErased records it', () => {
    erasing
      .given({ registered: true, erased: false })
      .when(ana)
      .then({ type: 'PersonErased', schemaVersion: 1, data: { personId: ana } });
  });

  it('refuses erasing nobody (not_found) and erasing twice (erased)', () => {
    erasing.given({ registered: false, erased: false }).when(ana).thenRefuses('not_found');
    erasing.given({ registered: true, erased: true }).when(ana).thenRefuses('erased');
  });
});
