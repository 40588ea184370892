import type { InvalidField } from '@rapport/contracts';
import { DomainError, type DomainErrorCode } from './domain-error';

/** Which broken rule names a refused batch: the most general one (invalid input first, an unknown person last). */
const MOST_GENERAL_FIRST: readonly DomainErrorCode[] = [
  'validation',
  'forbidden',
  'invalid_state',
  'already_exists',
  'not_found',
  'erased',
  'unknown_person',
];

export interface BatchDecision<I, D> {
  /** Where an item's fields are named, e.g. `people.3.`. */
  readonly prefix: (index: number) => string;
  /** What the refusal says when any item is refused. */
  readonly refusal: string;
  /** What is wrong with an item within the batch (an id given twice): validation problems, named beside its own. */
  readonly check?: (item: I, index: number) => readonly InvalidField[];
  /** Decides one item; a refusal is a DomainError. */
  readonly decide: (item: I, index: number) => D;
}

/**
 * Decides every item of a batch, all or nothing: every item is decided, every refusal
 * collected with its item's prefix, and if there is any, one DomainError names every
 * field, its code the most general rule broken (validation, then forbidden, …, then an
 * unknown person).
 */
export function decideBatch<I, D>(items: readonly I[], batch: BatchDecision<I, D>): D[] {
  const broken: InvalidField[] = [];
  const codes = new Set<DomainErrorCode>();
  const decided: D[] = [];
  const refuse = (index: number, code: DomainErrorCode, fields: readonly InvalidField[]) => {
    codes.add(code);
    broken.push(...fields.map((f) => ({ field: `${batch.prefix(index)}${f.field}`, message: f.message })));
  };
  items.forEach((item, index) => {
    const problems = batch.check?.(item, index) ?? [];
    if (problems.length > 0) refuse(index, 'validation', problems);
    try {
      decided.push(batch.decide(item, index));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      refuse(index, error.code, error.fields);
    }
  });
  if (broken.length > 0) throw new DomainError(MOST_GENERAL_FIRST.find((c) => codes.has(c)) ?? 'validation', batch.refusal, broken);
  return decided;
}
