import { describe, expect, it } from 'vitest';
import { decideBatch } from './decide-batch';
import { DomainError, type DomainErrorCode } from './domain-error';
import { refusalOf } from './decider-specification.testing';

const refuse = (code: DomainErrorCode, field: string) => {
  throw new DomainError(code, 'refused', [{ field, message: code }]);
};

const decideAll = (items: Array<DomainErrorCode | 'ok'>, twice: number[] = []) =>
  decideBatch(items, {
    prefix: (i) => `items.${i}.`,
    refusal: 'nothing was decided',
    check: (_, i) => (twice.includes(i) ? [{ field: 'id', message: 'appears twice in this batch' }] : []),
    decide: (item, i) => (item === 'ok' ? i : refuse(item, 'name')),
  });

describe('deciding a batch', () => {
  it('decides every item when none is refused', () => {
    expect(decideAll(['ok', 'ok', 'ok'])).toEqual([0, 1, 2]);
  });

  it('refuses all of it, naming every field of every item under its prefix', () => {
    const refusal = refusalOf(() => decideAll(['ok', 'unknown_person', 'ok', 'unknown_person'], [2]));
    expect(refusal.message).toBe('nothing was decided');
    expect(refusal.fields).toEqual([
      { field: 'items.1.name', message: 'unknown_person' },
      { field: 'items.2.id', message: 'appears twice in this batch' },
      { field: 'items.3.name', message: 'unknown_person' },
    ]);
  });

  it('is named by the most general rule broken: invalid input, then a clash, then an unknown person', () => {
    expect(refusalOf(() => decideAll(['unknown_person', 'unknown_person'])).code).toBe('unknown_person');
    expect(refusalOf(() => decideAll(['unknown_person', 'already_exists'])).code).toBe('already_exists');
    expect(refusalOf(() => decideAll(['already_exists', 'validation', 'unknown_person'])).code).toBe('validation');
    expect(refusalOf(() => decideAll(['unknown_person', 'ok'], [1])).code).toBe('validation');
  });

  it('lets any other error through untouched', () => {
    expect(() =>
      decideBatch([1], {
        prefix: () => '',
        refusal: 'x',
        decide: () => {
          throw new RangeError('a bug');
        },
      }),
    ).toThrow(RangeError);
  });
});
