import { Controller, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { routes } from '@rapport/contracts';
import { Endpoint } from '../http/endpoint.decorator';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';

@Controller()
export class HealthController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  @Endpoint(routes.liveness)
  live() {
    return { status: 'ok' };
  }

  @Endpoint(routes.readiness)
  async ready(@Res({ passthrough: true }) response: Response) {
    const checks: Record<string, 'ok' | 'failing'> = {};
    checks.store = await this.runtime.db.query('SELECT 1').then(
      () => 'ok' as const,
      () => 'failing' as const,
    );
    checks.transport = await this.runtime.transport.lag(this.runtime.config.projectionGroupId, this.runtime.transport.topics.events).then(
      () => 'ok' as const,
      () => 'failing' as const,
    );
    const ok = Object.values(checks).every((c) => c === 'ok');
    response.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', checks };
  }
}
