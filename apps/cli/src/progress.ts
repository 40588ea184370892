import { SingleBar } from 'cli-progress';

export interface ProgressOptions {
  readonly stream: NodeJS.WritableStream;
  /** Draw the bar even when the stream is not a terminal. */
  readonly always?: boolean;
}

/** Off a terminal (a log, a pipe) a plain line is written this often instead of a bar. */
const PLAIN_INTERVAL_MS = 10_000;

/**
 * A progress bar with throughput and ETA for every long operation. Off a terminal no bar is
 * drawn; a long operation writes a plain status line every ten seconds instead.
 */
export class Progress {
  private readonly bar: SingleBar | null;
  private startedAt = 0;
  private lastPlainLine = 0;
  private value = 0;
  private total = 0;

  constructor(
    private readonly label: string,
    private readonly unit: string,
    private readonly options: ProgressOptions,
  ) {
    const terminal = (options.stream as { isTTY?: boolean }).isTTY === true;
    this.bar =
      terminal || options.always
        ? new SingleBar({
            format: `${label.padEnd(12)} {bar} {percentage}% | {value}/{total} ${unit} | {rate} ${unit}/s | ETA {eta_formatted}`,
            stream: options.stream,
            noTTYOutput: options.always ?? false,
            hideCursor: true,
            etaBuffer: 50,
            fps: 5,
          })
        : null;
  }

  start(total: number): void {
    this.startedAt = performance.now();
    this.lastPlainLine = this.startedAt;
    this.value = 0;
    this.total = total;
    this.bar?.start(total, 0, { rate: '0' });
  }

  setTotal(total: number): void {
    this.total = total;
    this.bar?.setTotal(total);
  }

  advance(by: number): void {
    this.value += by;
    if (this.bar) return void this.bar.update(this.value, { rate: this.rate().toFixed(0) });
    const now = performance.now();
    if (now - this.lastPlainLine < PLAIN_INTERVAL_MS) return;
    this.lastPlainLine = now;
    const rate = this.rate();
    const eta = rate > 0 ? Math.round((this.total - this.value) / rate) : null;
    this.options.stream.write(
      `${this.label}: ${this.value}/${this.total} ${this.unit}, ${rate.toFixed(0)} ${this.unit}/s, ETA ${eta === null ? '?' : `${eta}s`}\n`,
    );
  }

  /** Items per second since start. */
  rate(): number {
    const seconds = this.elapsedSeconds();
    return seconds > 0 ? this.value / seconds : 0;
  }

  elapsedSeconds(): number {
    return (performance.now() - this.startedAt) / 1000;
  }

  stop(): { label: string; unit: string; count: number; seconds: number; rate: number } {
    this.bar?.stop();
    return { label: this.label, unit: this.unit, count: this.value, seconds: this.elapsedSeconds(), rate: this.rate() };
  }
}
