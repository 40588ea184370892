import { ConfigError } from '@rapport/config';

/**
 * How every Rapport process begins and ends the same way — the event-service, the worker
 * and the embedded default: a failure to start said in one line when one line says it
 * all, and a clean stop on SIGTERM or SIGINT.
 */

/** A reason not to start that one line says fully: printed without a stack trace. */
export class StartError extends Error {}

/** Runs a process's `main`; if it fails, prints why (a configuration or start error as its message alone) and exits with 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof ConfigError || error instanceof StartError ? error.message : error);
    process.exit(1);
  });
}

/** A part of a running process: a job, a subscription or a transport stops; a server, a runtime or a database closes. */
export type Stoppable = { stop(): unknown } | { close(): unknown };

/** On SIGTERM or SIGINT, stops the parts one after another in the order given, then exits. */
export function stopOnSignal(parts: readonly Stoppable[]): void {
  const shutdown = async () => {
    for (const part of parts) await ('stop' in part ? part.stop() : part.close());
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}
