import os from 'node:os';

/** What the numbers were measured on. */
export function machineDescription(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memory = Math.round(os.totalmem() / 1024 ** 3);
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
  return `${os.cpus().length} cores (${cpu}), ${memory} GiB, Node ${process.versions.node}, load average at start ${load} (1/5/15 min)`;
}
