/** Where a command writes: lines of results, warnings, and the progress bars. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  readonly progressStream: NodeJS.WritableStream;
  /** Draw progress bars even when the stream is not a terminal. */
  readonly alwaysDrawProgress?: boolean;
  readonly env: NodeJS.ProcessEnv;
  /** Relative file names are read from here (where the user typed the command). */
  readonly cwd: string;
}

/** A row that could not be imported: its line in the input and every reason. */
export interface Rejection {
  readonly line: number;
  /** What to call it when it has no line of its own (a calendar meeting). */
  readonly label?: string;
  readonly reasons: readonly string[];
  readonly row?: Readonly<Record<string, string>>;
}

/** Prints a summary block: a title, aligned counts, then notes. */
export function printSummary(
  io: CliIo,
  title: string,
  counts: ReadonlyArray<readonly [string, number | string]>,
  notes: readonly string[] = [],
): void {
  io.out(`\n${title}`);
  const width = Math.max(...counts.map(([label]) => label.length));
  for (const [label, value] of counts) io.out(`  ${label.padEnd(width)}  ${value}`);
  for (const note of notes) io.out(`  ${note}`);
}

/** Prints rejections with line numbers, the first `limit` of them. */
export function printRejections(io: CliIo, rejections: readonly Rejection[], limit = 50): void {
  for (const r of rejections.slice(0, limit)) io.out(`  ${r.label ?? `line ${r.line}`}: ${r.reasons.join('; ')}`);
  if (rejections.length > limit) io.out(`  … and ${rejections.length - limit} more (use --rejects FILE for all of them)`);
}
