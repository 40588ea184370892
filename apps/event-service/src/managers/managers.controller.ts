import { Controller, Inject, Param, Query } from '@nestjs/common';
import { asOfQuery, managerIdParams, routes } from '@rapport/contracts';
import { Endpoint } from '../http/endpoint.decorator';
import { parseRequest } from '../http/request-validation';
import { parseAsOf } from '../network/as-of';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { managerDashboard } from './manager-dashboard';

/** A manager's own organisation in aggregate (the guard lets a manager ask only for their own id). */
@Controller()
export class ManagersController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  @Endpoint(routes.managerDashboard)
  async dashboard(@Param() params: unknown, @Query() query: unknown) {
    const { id } = parseRequest(managerIdParams, params, 'params');
    const q = parseRequest(asOfQuery, query, 'query');
    const asOf = parseAsOf(q.asOf) ?? this.runtime.clock.now();
    return managerDashboard(this.runtime.db, id, asOf, this.runtime.config.kAnonymity, this.runtime.strength);
  }
}
