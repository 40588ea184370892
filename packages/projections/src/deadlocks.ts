/** PostgreSQL's code for a transaction it aborted to break a deadlock. */
const DEADLOCK_DETECTED = '40P01';

/** Whether PostgreSQL aborted the transaction to break a deadlock: nothing it did was kept, and it can run again. */
export const isDeadlock = (error: unknown): boolean => (error as { code?: string } | null)?.code === DEADLOCK_DETECTED;

/**
 * Runs a transaction; if PostgreSQL aborted it to break a deadlock with another one in
 * flight beside it (two batches writing the same pairs' rows), runs it again after a
 * short random pause, so the two do not meet in the same order twice. At most
 * `attempts` tries; then, or on any other error, throws.
 */
export async function retryingDeadlocks<T>(transaction: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= attempts || !isDeadlock(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
