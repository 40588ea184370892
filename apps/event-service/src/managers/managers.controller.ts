import { Controller, Inject, Param, Query } from '@nestjs/common';
import { routes } from '@rapport/contracts';
import { Endpoint } from '../http/endpoint.decorator';
import type { ParamsOf, QueryOf } from '../http/route-contract.pipe';
import { parseAsOf } from '../network/as-of';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { SharedComputation } from '../http/shared-computation';
import { groupFiguresInstant } from '@rapport/domain';
import { managerDashboard } from './manager-dashboard';

/** A manager's own organisation in aggregate (the guard lets a manager ask only for their own id). */
@Controller()
export class ManagersController {
  /** Dashboards opened at the same instant while one is being computed share it. */
  private readonly dashboards = new SharedComputation<Awaited<ReturnType<typeof managerDashboard>>>();

  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  @Endpoint(routes.managerDashboard)
  async dashboard(@Param() { id }: ParamsOf<typeof routes.managerDashboard>, @Query() q: QueryOf<typeof routes.managerDashboard>) {
    const asOf = groupFiguresInstant(parseAsOf(q.asOf) ?? this.runtime.clock.now());
    const k = this.runtime.config.kAnonymity;
    return this.dashboards.run(`${id}@${asOf}`, () =>
      managerDashboard(this.runtime.db, this.runtime.personalData.kept, id, asOf, k, this.runtime.strength),
    );
  }
}
