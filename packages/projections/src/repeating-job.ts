export interface RepeatingJob<T> {
  /** Runs the work now, or joins the run under way. */
  runNow(): Promise<T>;
  /** No further run; resolves once the one under way (if any) has ended. */
  stop(): Promise<void>;
}

/**
 * Work a worker repeats: at start, then `intervalMs` after each run ends. One run at a
 * time (a call while one is under way joins it); a failed run is logged and the next
 * comes on schedule. `done` says what a run achieved, or null to log nothing.
 */
export function startRepeatingJob<T>(options: {
  readonly name: string;
  readonly intervalMs: number;
  /** One run; `stopping` turns true once the job is stopped, so a long run can end early. */
  readonly work: (stopping: () => boolean) => Promise<T>;
  readonly done: (result: T, ms: number) => string | null;
  readonly log: (message: string) => void;
}): RepeatingJob<T> {
  let running: Promise<T> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const runOnce = () => {
    running ??= options
      .work(() => stopped)
      .finally(() => {
        running = null;
      });
    return running;
  };
  const tick = async () => {
    if (stopped) return;
    try {
      const started = performance.now();
      const message = options.done(await runOnce(), Math.round(performance.now() - started));
      if (message !== null) options.log(`${options.name}: ${message}`);
    } catch (error) {
      options.log(`${options.name} failed: ${(error as Error).message}; next attempt in ${options.intervalMs} ms`);
    }
    if (!stopped) timer = setTimeout(() => void tick(), options.intervalMs);
  };
  timer = setTimeout(() => void tick(), 0);
  return {
    runNow: runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}
