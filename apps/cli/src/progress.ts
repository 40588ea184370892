import { SingleBar } from 'cli-progress';

export interface ProgressOptions {
  readonly stream: NodeJS.WritableStream;
  /** Draw even when the stream is not a terminal (tests, CI logs). */
  readonly always?: boolean;
}

/**
 * A progress bar with throughput and ETA for every long operation. On a stream that is
 * not a terminal nothing is drawn, so logs and pipes stay clean.
 */
export class Progress {
  private readonly bar: SingleBar;
  private startedAt = 0;
  private value = 0;

  constructor(
    private readonly label: string,
    private readonly unit: string,
    options: ProgressOptions,
  ) {
    this.bar = new SingleBar({
      format: `${label.padEnd(14)} {bar} {percentage}% | {value}/{total} ${unit} | {rate} ${unit}/s | ETA {eta_formatted}`,
      stream: options.stream,
      noTTYOutput: options.always ?? false,
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    });
  }

  start(total: number): void {
    this.startedAt = performance.now();
    this.value = 0;
    this.bar.start(total, 0, { rate: '0' });
  }

  setTotal(total: number): void {
    this.bar.setTotal(total);
  }

  advance(by: number): void {
    this.value += by;
    this.bar.update(this.value, { rate: this.rate().toFixed(0) });
  }

  /** Items per second since start. */
  rate(): number {
    const seconds = (performance.now() - this.startedAt) / 1000;
    return seconds > 0 ? this.value / seconds : 0;
  }

  elapsedSeconds(): number {
    return (performance.now() - this.startedAt) / 1000;
  }

  stop(): { label: string; unit: string; count: number; seconds: number; rate: number } {
    this.bar.stop();
    return { label: this.label, unit: this.unit, count: this.value, seconds: this.elapsedSeconds(), rate: this.rate() };
  }
}
