import { Body, Controller, Inject } from '@nestjs/common';
import { routes } from '@rapport/contracts';
import { PROJECTION_VERSION, projectionStatus, requestRebuild } from '@rapport/read-models';
import { Endpoint } from '../http/endpoint.decorator';
import type { BodyOf } from '../http/route-contract.pipe';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';

/**
 * Rebuild requests and projection status. A rebuild is carried out by a projection
 * worker (in-process in the embedded default), which records its progress; this
 * service only asks for it and reports.
 */
/** How long the status waits for the broker to report the consumer lag. */
const LAG_DEADLINE_MS = 1_000;

@Controller()
export class ProjectionsController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  @Endpoint(routes.rebuildProjections)
  async rebuild(@Body() body: BodyOf<typeof routes.rebuildProjections>) {
    const { reason } = body;
    const { rebuild } = await requestRebuild(this.runtime.db, reason ?? 'requested by an admin', PROJECTION_VERSION);
    return rebuild;
  }

  @Endpoint(routes.projectionStatus)
  async status() {
    return projectionStatus(this.runtime.db, await this.consumerLag());
  }

  /**
   * Messages on the events topic not yet committed by the projection group; null when the
   * transport cannot say within LAG_DEADLINE_MS (a broker that is down must not hold the
   * status, which exists to show that something is wrong).
   */
  private async consumerLag(): Promise<number | null> {
    const { transport, config } = this.runtime;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), LAG_DEADLINE_MS)));
    const lag = transport.lag(config.projectionGroupId, transport.topics.events).then(
      (partitions) => partitions.reduce((sum, p) => sum + p.lag, 0),
      () => null,
    );
    try {
      return await Promise.race([lag, deadline]);
    } finally {
      clearTimeout(timer);
    }
  }
}
