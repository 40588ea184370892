import { Inject, type Type } from '@nestjs/common';
import { routes } from '@rapport/contracts';
import type { IdempotentOutcome } from '@rapport/event-store';
import { Endpoint } from '../http/endpoint.decorator';
import { CommandOf } from './command.decorator';

type Routes = typeof routes;

/** The names of the routes that are commands. */
export type CommandRouteName = { [N in keyof Routes]: Routes[N] extends { readonly command: true } ? N : never }[keyof Routes];

/** For each command route a controller serves, how its parsed command is handed to the handler. */
export type CommandEndpointsOf<H> = {
  readonly [N in CommandRouteName]?: (handler: H, command: CommandOf<Routes[N]>) => Promise<IdempotentOutcome>;
};

/**
 * Declares a controller's command endpoints that only hand their command to one handler.
 * Each command route named becomes a method of that name, bound to its route (`@Endpoint`)
 * and taking the parsed command (`@CommandOf`), which it hands to the handler as the entry
 * says; the handler's outcome is sent as every command's is. The handler is injected into
 * the controller under a key of this decorator's own, so one controller may serve several.
 */
export function CommandEndpoints<H extends object>(handler: Type<H>, endpoints: CommandEndpointsOf<H>): ClassDecorator {
  return (controller) => {
    const handlerKey = Symbol(handler.name);
    Inject(handler)(controller.prototype, handlerKey);
    for (const name of Object.keys(endpoints) as CommandRouteName[]) {
      const forward = endpoints[name] as (instance: H, command: unknown) => Promise<IdempotentOutcome>;
      const endpoint = {
        async [name](this: Record<symbol, H>, command: unknown) {
          return forward(this[handlerKey]!, command);
        },
      }[name];
      const descriptor = { value: endpoint, writable: true, configurable: true };
      Object.defineProperty(controller.prototype, name, descriptor);
      CommandOf(routes[name])(controller.prototype, name, 0);
      Endpoint(routes[name])(controller.prototype, name, descriptor);
    }
  };
}
