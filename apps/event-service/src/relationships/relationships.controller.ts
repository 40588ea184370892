import { Controller, Inject, Param, Query } from '@nestjs/common';
import { routes, type RelationshipView } from '@rapport/contracts';
import { isKnownPerson, personById, rankedTiesOf, relationshipBetween } from '@rapport/read-models';
import { Endpoint } from '../http/endpoint.decorator';
import type { ParamsOf, QueryOf } from '../http/route-contract.pipe';
import { HttpProblemError } from '../http/http-error';
import { decodeOffsetCursor, encodeCursor } from '../http/cursor';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { sortRelationships } from './sort-relationships';

@Controller()
export class RelationshipsController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  @Endpoint(routes.relationships)
  async relationships(@Param() { id }: ParamsOf<typeof routes.relationships>, @Query() q: QueryOf<typeof routes.relationships>) {
    const asOf = q.asOf ? Date.parse(q.asOf) : this.runtime.clock.now();
    const found = await rankedTiesOf(this.runtime.db, id, asOf, this.runtime.strength, this.runtime.personalData.kept);
    if (!found) throw new HttpProblemError('not_found', `person ${id} is not known`);
    const { ties, names } = found;
    const sorted = sortRelationships(ties, names, q.sort, q.order);
    const offset = decodeOffsetCursor(q.cursor);
    // Only the ties on this page are explained.
    const items: RelationshipView[] = found.explain(sorted.slice(offset, offset + q.limit)).map((t) => ({
      counterpartId: t.counterpartId,
      counterpartName: names.get(t.counterpartId) ?? null,
      strength: t.strength,
      tier: t.tier,
      explanation: t.explanation,
    }));
    const next = offset + q.limit;
    return { personId: id, asOf: new Date(asOf).toISOString(), items, nextCursor: next < ties.length ? encodeCursor(next) : null };
  }

  @Endpoint(routes.relationship)
  async relationship(@Param() { id, otherId }: ParamsOf<typeof routes.relationship>, @Query() q: QueryOf<typeof routes.relationship>) {
    const asOf = await this.asOfFor(id, q.asOf);
    const other = await personById(this.runtime.db, this.runtime.personalData.kept, otherId);
    if (!other) throw new HttpProblemError('not_found', `person ${otherId} is not known`);
    const tie = await relationshipBetween(this.runtime.db, id, otherId, asOf, this.runtime.strength);
    return {
      personId: id,
      asOf: new Date(asOf).toISOString(),
      counterpartId: otherId,
      counterpartName: other.displayName,
      strength: tie.strength,
      tier: tie.tier,
      explanation: tie.explanation,
    };
  }

  private async asOfFor(personId: string, asOf: string | undefined): Promise<number> {
    if (!(await isKnownPerson(this.runtime.db, personId))) throw new HttpProblemError('not_found', `person ${personId} is not known`);
    return asOf ? Date.parse(asOf) : this.runtime.clock.now();
  }
}
