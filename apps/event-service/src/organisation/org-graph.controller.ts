import { Controller, Inject, Query } from '@nestjs/common';
import { routes } from '@rapport/contracts';
import { organisationProfiles, structureFor, structureOfPeople, structureTies } from '@rapport/read-models';
import { Endpoint } from '../http/endpoint.decorator';
import type { QueryOf } from '../http/route-contract.pipe';
import { parseAsOf } from '../network/as-of';
import { personStructureView, structureRunView } from '../network/structure-run-view';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';

@Controller()
export class OrgGraphController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  /** The whole active-tie graph of one structural run, for the admin's network map. */
  @Endpoint(routes.orgGraph)
  async graph(@Query() q: QueryOf<typeof routes.orgGraph>) {
    const db = this.runtime.db;
    const run = await structureFor(db, parseAsOf(q.asOf), {
      strength: this.runtime.strength,
      now: () => this.runtime.clock.now(),
      maxOnDemandPeople: this.runtime.config.structureOnDemandMaxPeople,
    });
    const [people, ties, profiles] = await Promise.all([
      structureOfPeople(db, run.runId),
      structureTies(db, run.runId),
      organisationProfiles(db, run.asOf, this.runtime.personalData.kept),
    ]);
    const nodes = [...profiles.values()].flatMap((profile) => {
      const metrics = people.get(profile.personId);
      return metrics ? [{ ...profile, expertise: [...profile.expertise], metrics: personStructureView(metrics) }] : [];
    });
    return {
      asOf: new Date(run.asOf).toISOString(),
      nodes,
      edges: ties.map((t) => ({ source: t.personA, target: t.personB, strength: t.strength })),
      structureRun: structureRunView(run),
    };
  }
}
