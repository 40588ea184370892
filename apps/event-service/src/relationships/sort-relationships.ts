import type { RelationshipsQuery } from '@rapport/contracts';

/** What a tie is ordered by: its strength and last contact (epoch milliseconds), and the counterpart. */
export interface SortableTie {
  readonly counterpartId: string;
  readonly strength: number;
  readonly lastContact: number | null;
}

/**
 * Orders a person's ties for listing. Ties without a last contact come last either
 * way; equal keys fall back to the counterpart id so pages stay stable.
 */
export function sortRelationships<T extends SortableTie>(
  ties: readonly T[],
  names: ReadonlyMap<string, string>,
  sort: RelationshipsQuery['sort'],
  order: RelationshipsQuery['order'],
): T[] {
  const direction = (order ?? (sort === 'name' ? 'asc' : 'desc')) === 'asc' ? 1 : -1;
  const byId = (a: T, b: T) => a.counterpartId.localeCompare(b.counterpartId);
  const compare = (a: T, b: T): number => {
    switch (sort) {
      case 'strength':
        return direction * (a.strength - b.strength);
      case 'lastContact': {
        const x = a.lastContact;
        const y = b.lastContact;
        if (x === y) return 0;
        if (x === null) return 1;
        if (y === null) return -1;
        return direction * (x - y);
      }
      case 'name':
        return direction * (names.get(a.counterpartId) ?? '').localeCompare(names.get(b.counterpartId) ?? '');
    }
  };
  return [...ties].sort((a, b) => compare(a, b) || byId(a, b));
}
