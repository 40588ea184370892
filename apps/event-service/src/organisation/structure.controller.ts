import { Body, Controller, Inject } from '@nestjs/common';
import { routes } from '@rapport/contracts';
import { computeStructureRun, latestStructureRun } from '@rapport/read-models';
import { Endpoint } from '../http/endpoint.decorator';
import type { BodyOf } from '../http/route-contract.pipe';
import { structureRunView } from '../network/structure-run-view';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';

@Controller()
export class StructureController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  /** When the structure was last computed (the worker's job keeps it fresh); computes nothing. */
  @Endpoint(routes.structureStatus)
  async status() {
    const run = await latestStructureRun(this.runtime.db, this.runtime.clock.now());
    return { lastRun: run ? structureRunView(run) : null, intervalSeconds: Math.round(this.runtime.config.structureIntervalMs / 1000) };
  }

  /** On demand: computes and stores a run now; it takes as long as the job (about a minute for 10,000 people). */
  @Endpoint(routes.computeStructure)
  async compute(@Body() request: BodyOf<typeof routes.computeStructure>) {
    const asOf = request.asOf ? Date.parse(request.asOf) : this.runtime.clock.now();
    const run = await computeStructureRun(this.runtime.db, asOf, 'on_demand', {
      strength: this.runtime.strength,
      now: () => this.runtime.clock.now(),
    });
    return structureRunView(run);
  }
}
