import pLimit, { type LimitFunction } from 'p-limit';

/**
 * Aggregates over groups (cohorts, a manager's organisation) read every member's history;
 * at most this many run at once in a process, the rest wait their turn, so a burst of
 * requests for large organisations queues instead of exhausting memory.
 */
export const AGGREGATES_AT_ONCE = 2;
const aggregateSlots: LimitFunction = pLimit(AGGREGATES_AT_ONCE);

/**
 * Requests for the same figures that arrive while they are being computed share the one
 * computation: the first request starts it, the others await the same answer. Nothing
 * is kept once it settles, so the next request computes afresh — an answer is at most
 * one computation older than the requests it serves, well inside the projection's own
 * lag. For aggregates (cohorts, manager dashboards) that many people open at once;
 * they share the process's aggregate slots.
 */
export class SharedComputation<T> {
  private readonly running = new Map<string, Promise<T>>();

  constructor(private readonly slots: LimitFunction = aggregateSlots) {}

  run(key: string, compute: () => Promise<T>): Promise<T> {
    const running = this.running.get(key);
    if (running) return running;
    const started = this.slots(compute).finally(() => this.running.delete(key));
    this.running.set(key, started);
    return started;
  }

  /** Computations running now (for tests and metrics). */
  get size(): number {
    return this.running.size;
  }
}
