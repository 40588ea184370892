import { Controller, Inject, Param, Query } from '@nestjs/common';
import { asOfQuery, pageQuery, personIdParams, routes, type RelationshipView } from '@rapport/contracts';
import { displayNames, networkOf, personById, relationshipsOf } from '@rapport/read-models';
import { Endpoint } from '../http/endpoint.decorator';
import { HttpProblemError } from '../http/http-error';
import { decodeOffsetCursor, encodeCursor } from '../http/cursor';
import { parseRequest } from '../http/request-validation';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';

const relationshipsQuery = asOfQuery.extend(pageQuery.shape);

@Controller()
export class RelationshipsController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  @Endpoint(routes.relationships)
  async relationships(@Param() params: unknown, @Query() query: unknown) {
    const { id } = parseRequest(personIdParams, params, 'params');
    const q = parseRequest(relationshipsQuery, query, 'query');
    const asOf = await this.asOfFor(id, q.asOf);
    const ties = await relationshipsOf(this.runtime.db, id, asOf, this.runtime.strength);
    const offset = decodeOffsetCursor(q.cursor);
    const pageOfTies = ties.slice(offset, offset + q.limit);
    const names = await displayNames(this.runtime.db, pageOfTies.map((t) => t.counterpartId));
    const items: RelationshipView[] = pageOfTies.map((t) => ({
      counterpartId: t.counterpartId,
      counterpartName: names.get(t.counterpartId) ?? null,
      strength: t.strength,
      tier: t.tier,
      explanation: t.explanation,
    }));
    const next = offset + q.limit;
    return { personId: id, asOf: new Date(asOf).toISOString(), items, nextCursor: next < ties.length ? encodeCursor(next) : null };
  }

  @Endpoint(routes.network)
  async network(@Param() params: unknown, @Query() query: unknown) {
    const { id } = parseRequest(personIdParams, params, 'params');
    const q = parseRequest(asOfQuery, query, 'query');
    const asOf = await this.asOfFor(id, q.asOf);
    const summary = await networkOf(this.runtime.db, id, asOf, this.runtime.strength);
    return { personId: id, asOf: new Date(asOf).toISOString(), ...summary };
  }

  private async asOfFor(personId: string, asOf: string | undefined): Promise<number> {
    if (!(await personById(this.runtime.db, personId))) throw new HttpProblemError('not_found', `person ${personId} is not known`);
    return asOf ? Date.parse(asOf) : this.runtime.clock.now();
  }
}
