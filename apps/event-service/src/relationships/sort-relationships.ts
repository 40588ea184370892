import type { RelationshipsQuery } from '@rapport/contracts';
import type { RelationshipStrength } from '@rapport/domain';

/**
 * Orders a person's ties for listing. Ties without a last contact come last either
 * way; equal keys fall back to the counterpart id so pages stay stable.
 */
export function sortRelationships(
  ties: readonly RelationshipStrength[],
  names: ReadonlyMap<string, string>,
  sort: RelationshipsQuery['sort'],
  order: RelationshipsQuery['order'],
): RelationshipStrength[] {
  const direction = (order ?? (sort === 'name' ? 'asc' : 'desc')) === 'asc' ? 1 : -1;
  const byId = (a: RelationshipStrength, b: RelationshipStrength) => a.counterpartId.localeCompare(b.counterpartId);
  const compare = (a: RelationshipStrength, b: RelationshipStrength): number => {
    switch (sort) {
      case 'strength':
        return direction * (a.strength - b.strength);
      case 'lastContact': {
        const x = a.explanation.lastContact;
        const y = b.explanation.lastContact;
        if (x === y) return 0;
        if (x === null) return 1;
        if (y === null) return -1;
        return direction * (Date.parse(x) - Date.parse(y));
      }
      case 'name':
        return direction * (names.get(a.counterpartId) ?? '').localeCompare(names.get(b.counterpartId) ?? '');
    }
  };
  return [...ties].sort((a, b) => compare(a, b) || byId(a, b));
}
