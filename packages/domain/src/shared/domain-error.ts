import type { InvalidField } from '@rapport/contracts';

/** Stable codes for every rule a command can break; the API maps each to a problem type. */
export type DomainErrorCode =
  | 'validation'
  | 'unknown_person'
  | 'already_exists'
  | 'not_found'
  /** The person was erased: nothing about them is shown or changed any more. */
  | 'erased'
  | 'forbidden'
  /** The command contradicts the entity's current state (e.g. correcting a retracted interaction). */
  | 'invalid_state';

/** A rule was broken. Carries no HTTP knowledge: the service maps `code` to a status. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fields: readonly InvalidField[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Collects broken rules so a command reports every invalid field at once. */
export class RuleCheck {
  private readonly broken: InvalidField[] = [];
  private unknownPeople = false;

  fail(field: string, message: string, options: { unknownPerson?: boolean } = {}): void {
    this.broken.push({ field, message });
    if (options.unknownPerson) this.unknownPeople = true;
  }

  throwIfBroken(summary: string): void {
    if (this.broken.length === 0) return;
    const onlyUnknown = this.unknownPeople && this.broken.every((f) => f.message.startsWith('unknown person'));
    throw new DomainError(onlyUnknown ? 'unknown_person' : 'validation', summary, this.broken);
  }
}
