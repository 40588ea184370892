import type { CohortCreatedV1, CohortUpdatedV1, ParticipantEnrolledV1, ProgramCreatedV1 } from '@rapport/contracts';
import { DomainError, RuleCheck } from '../shared/domain-error';
import { decided, type DecidedEvent } from '../shared/decided-event';
import type { CohortState } from './cohort-state';

/** A programme is created once. */
export function decideCreateProgram(
  command: ProgramCreatedV1,
  context: { readonly programExists: boolean },
): DecidedEvent<'ProgramCreated', 1> {
  if (context.programExists) throw new DomainError('already_exists', `programme ${command.programId} already exists`);
  return decided('ProgramCreated', 1, { ...command });
}

function checkDates(check: RuleCheck, startsOn: string, endsOn: string): void {
  if (endsOn < startsOn) check.fail('endsOn', 'a cohort cannot end before it starts');
}

/** A cohort belongs to an existing programme and ends on or after its start. */
export function decideCreateCohort(
  command: CohortCreatedV1,
  context: { readonly cohort: CohortState; readonly programExists: boolean },
): DecidedEvent<'CohortCreated', 1> {
  if (context.cohort.exists) throw new DomainError('already_exists', `cohort ${command.cohortId} already exists`);
  const check = new RuleCheck();
  if (!context.programExists) check.fail('programId', `unknown programme ${command.programId}`);
  checkDates(check, command.startsOn, command.endsOn);
  check.throwIfBroken('the cohort cannot be created');
  return decided('CohortCreated', 1, { ...command, goals: [...command.goals] });
}

/** Only the fields that change are recorded; a change that changes nothing is refused. */
export function decideUpdateCohort(command: CohortUpdatedV1, cohort: CohortState): DecidedEvent<'CohortUpdated', 1> {
  if (!cohort.exists) throw new DomainError('not_found', `cohort ${command.cohortId} is not known`);
  const check = new RuleCheck();
  checkDates(check, command.startsOn ?? cohort.startsOn, command.endsOn ?? cohort.endsOn);
  check.throwIfBroken('the cohort cannot be changed');
  const changed: CohortUpdatedV1 = {
    cohortId: command.cohortId,
    ...(command.name !== undefined && command.name !== cohort.name ? { name: command.name } : {}),
    ...(command.startsOn !== undefined && command.startsOn !== cohort.startsOn ? { startsOn: command.startsOn } : {}),
    ...(command.endsOn !== undefined && command.endsOn !== cohort.endsOn ? { endsOn: command.endsOn } : {}),
    ...(command.goals !== undefined && command.goals.join('\n') !== cohort.goals.join('\n') ? { goals: [...command.goals] } : {}),
  };
  if (Object.keys(changed).length === 1)
    throw new DomainError('validation', 'nothing to change', [{ field: 'body', message: 'no field differs from the cohort' }]);
  return decided('CohortUpdated', 1, changed);
}

/** A registered person joins a cohort they are not in (they may be in other cohorts, and rejoin after withdrawing). */
export function decideEnrol(
  command: ParticipantEnrolledV1,
  context: { readonly cohort: CohortState; readonly personKnown: boolean },
): DecidedEvent<'ParticipantEnrolled', 1> {
  if (!context.cohort.exists) throw new DomainError('not_found', `cohort ${command.cohortId} is not known`);
  const check = new RuleCheck();
  if (!context.personKnown) check.fail('personId', `unknown person ${command.personId}`, { unknownPerson: true });
  check.throwIfBroken('the person cannot be enrolled');
  if (context.cohort.participants.has(command.personId)) throw new DomainError('invalid_state', 'already enrolled in this cohort');
  return decided('ParticipantEnrolled', 1, { ...command });
}

export function decideWithdraw(command: ParticipantEnrolledV1, cohort: CohortState): DecidedEvent<'ParticipantWithdrawn', 1> {
  if (!cohort.exists) throw new DomainError('not_found', `cohort ${command.cohortId} is not known`);
  if (!cohort.participants.has(command.personId)) throw new DomainError('not_found', `${command.personId} is not enrolled in this cohort`);
  return decided('ParticipantWithdrawn', 1, { ...command });
}
