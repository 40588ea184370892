/** How long a failed batch waits before it is delivered again: exponential, capped. */
export interface RedeliveryPolicy {
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

export const defaultRedeliveryPolicy: RedeliveryPolicy = { initialDelayMs: 200, maxDelayMs: 30_000 };

/** Delay before delivery attempt `attempt + 1`, after `attempt` failed deliveries (attempt >= 1). */
export function redeliveryDelayMs(attempt: number, policy: RedeliveryPolicy): number {
  const exponent = Math.min(Math.max(attempt - 1, 0), 30);
  return Math.min(policy.initialDelayMs * 2 ** exponent, policy.maxDelayMs);
}

/** A sleep that a stopping subscription can cut short. */
export class InterruptibleDelay {
  private wakers = new Set<() => void>();

  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.wakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.wakers.add(wake);
    });
  }

  interruptAll(): void {
    for (const wake of [...this.wakers]) wake();
  }
}
