import { Controller, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { routes } from '@rapport/contracts';
import { Endpoint } from '../http/endpoint.decorator';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';

@Controller()
export class MetricsController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  @Endpoint(routes.metrics)
  async metrics(@Res() response: Response): Promise<void> {
    const registry = this.runtime.metrics.registry;
    response
      .status(200)
      .type(registry.contentType)
      .send(await registry.metrics());
  }
}
