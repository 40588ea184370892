import { Controller, Inject, Param, Query } from '@nestjs/common';
import { routes } from '@rapport/contracts';
import { isKnownPerson, scorecardOf } from '@rapport/read-models';
import { Endpoint } from '../http/endpoint.decorator';
import type { ParamsOf, QueryOf } from '../http/route-contract.pipe';
import { HttpProblemError } from '../http/http-error';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';

/** The habit scorecard (SPEC §6.5) of a person, as of any instant. */
@Controller()
export class ScorecardController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  @Endpoint(routes.scorecard)
  async scorecard(@Param() { id }: ParamsOf<typeof routes.scorecard>, @Query() q: QueryOf<typeof routes.scorecard>) {
    if (!(await isKnownPerson(this.runtime.db, id))) throw new HttpProblemError('not_found', `person ${id} is not known`);
    const asOf = q.asOf ? Date.parse(q.asOf) : this.runtime.clock.now();
    return { personId: id, ...(await scorecardOf(this.runtime.db, id, asOf, this.runtime.strength)) };
  }
}
