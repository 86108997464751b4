/**
 * Counts of the frame pipeline, for the benchmark and diagnostics: frames delivered and the
 * main-thread time each cost (the pipeline's own work, not the listeners'). Samples go into a
 * fixed ring, so recording allocates nothing.
 */
export class FrameStats {
  /** Frames handed to listeners. */
  delivered = 0;
  /** Which way frames are produced: `worker-stream`, `worker-frames` or `page`. */
  path = '';
  private readonly samples = new Float64Array(4096);

  record(mainThreadMs: number): void {
    this.samples[this.delivered % this.samples.length] = mainThreadMs;
    this.delivered++;
  }

  /** Main-thread ms of the most recent frames (up to 4096), oldest first. */
  recent(): number[] {
    const count = Math.min(this.delivered, this.samples.length);
    const start = this.delivered - count;
    return Array.from({ length: count }, (_, i) => this.samples[(start + i) % this.samples.length]!);
  }

  reset(): void {
    this.delivered = 0;
  }
}
