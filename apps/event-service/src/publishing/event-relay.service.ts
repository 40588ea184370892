import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';

/**
 * The write side never publishes inside a request: the outbox relay moves committed
 * events from the store to `rapport.events`, at least once, in commit order per stream.
 * It runs with the HTTP app's lifecycle.
 */
@Injectable()
export class EventRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  onApplicationBootstrap(): void {
    this.runtime.relay?.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runtime.relay?.stop();
  }
}
