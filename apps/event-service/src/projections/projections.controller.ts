import { Body, Controller, Inject } from '@nestjs/common';
import { rebuildRequest, routes } from '@rapport/contracts';
import { PROJECTION_VERSION, projectionStatus, requestRebuild } from '@rapport/read-models';
import { Endpoint } from '../http/endpoint.decorator';
import { parseRequest } from '../http/request-validation';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';

/**
 * Rebuild requests and projection status. A rebuild is carried out by a projection
 * worker (in-process in the embedded default), which records its progress; this
 * service only asks for it and reports.
 */
@Controller()
export class ProjectionsController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  @Endpoint(routes.rebuildProjections)
  async rebuild(@Body() body: unknown) {
    const { reason } = parseRequest(rebuildRequest, body, 'body');
    const { rebuild } = await requestRebuild(this.runtime.db, reason ?? 'requested by an admin', PROJECTION_VERSION);
    return rebuild;
  }

  @Endpoint(routes.projectionStatus)
  async status() {
    return projectionStatus(this.runtime.db, await this.consumerLag());
  }

  /** Messages on the events topic not yet committed by the projection group; null when the transport cannot say. */
  private async consumerLag(): Promise<number | null> {
    const { transport, config } = this.runtime;
    try {
      const partitions = await transport.lag(config.projectionGroupId, transport.topics.events);
      return partitions.reduce((sum, p) => sum + p.lag, 0);
    } catch {
      return null;
    }
  }
}
