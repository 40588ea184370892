import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ; 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process (or, with `thread`, one of its threads) has used so far; 0 when it is gone. */
function cpuSecondsOf(pid: number, thread?: number): number {
  try {
    const stat = readFileSync(thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`, 'utf8');
    // Fields after the command (which may hold spaces) start at the closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** The PostgreSQL server's processes on this machine (its backends among them). */
function databasePids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') pids.push(Number(entry));
    } catch {
      // The process ended while the list was read.
    }
  }
  return pids;
}

/** Where a run's CPU went, in milliseconds per request. */
export interface CpuPerRequest {
  /** The process answering (Rapport's service, or the raw read server). */
  readonly server: number;
  /**
   * Of `server`, its main thread: JavaScript's event loop. The rest is its other threads:
   * the embedded engine's own thread (PGlite) and V8's helpers (garbage collection, compiling).
   */
  readonly serverMainThread: number;
  /** Every PostgreSQL process. */
  readonly database: number;
  /** The load generator (this benchmark process). */
  readonly load: number;
}

/**
 * Starts counting the CPU time of the server process, of PostgreSQL and of this process;
 * the function returned stops and divides it by the requests answered. Read from /proc, so
 * it is what each used on the machine's shared cores, beside the run's wall-clock figures.
 */
export function countCpu(serverPid: number | undefined): (requests: number) => CpuPerRequest | undefined {
  if (serverPid === undefined || process.platform !== 'linux') return () => undefined;
  // Backends come and go with connection pools: a process that started during the run counts
  // whole, one that ended is left out (its last figures cannot be read).
  const databaseStart = new Map(databasePids().map((pid) => [pid, cpuSecondsOf(pid)]));
  const databaseSince = () => databasePids().reduce((sum, pid) => sum + cpuSecondsOf(pid) - (databaseStart.get(pid) ?? 0), 0);
  const loadAt = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e6;
  };
  const start = { server: cpuSecondsOf(serverPid), mainThread: cpuSecondsOf(serverPid, serverPid), load: loadAt() };
  return (requests) => {
    if (requests === 0) return undefined;
    const perRequest = (seconds: number) => (seconds * 1000) / requests;
    return {
      server: perRequest(cpuSecondsOf(serverPid) - start.server),
      serverMainThread: perRequest(cpuSecondsOf(serverPid, serverPid) - start.mainThread),
      database: perRequest(databaseSince()),
      load: perRequest(loadAt() - start.load),
    };
  };
}
