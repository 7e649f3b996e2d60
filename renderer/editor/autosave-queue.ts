export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'failed';

export interface AutosaveQueueOptions<T> {
  save: (value: T) => Promise<boolean>;
  onStatus: (status: SaveStatus) => void;
  delayMs?: number;
  retryMs?: number;
}

/**
 * Debounced, strictly serial saving: only the newest value is written, a save never overlaps
 * another, and a failed save is retried so typed text is not silently dropped.
 */
export class AutosaveQueue<T> {
  private pending: { value: T } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private readonly delayMs: number;
  private readonly retryMs: number;

  constructor(private readonly options: AutosaveQueueOptions<T>) {
    this.delayMs = options.delayMs ?? 800;
    this.retryMs = options.retryMs ?? 3000;
  }

  /** Nothing waiting, nothing being written: closing now loses nothing. */
  get idle(): boolean {
    return this.pending === null && this.inFlight === null;
  }

  schedule(value: T): void {
    this.pending = { value };
    this.options.onStatus('unsaved');
    this.arm(this.delayMs);
  }

  /** Saves whatever is pending now; a failure stays pending and is retried later, not in a loop. */
  async flush(): Promise<void> {
    this.disarm();
    if (this.inFlight) await this.inFlight;
    if (!this.pending) return;
    this.disarm();
    this.start();
    await this.inFlight;
  }

  dispose(): void {
    this.disarm();
  }

  private arm(ms: number): void {
    this.disarm();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.inFlight) this.start();
    }, ms);
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private start(): void {
    const job = this.pending;
    if (!job) return;
    this.pending = null;
    this.options.onStatus('saving');
    this.inFlight = (async () => {
      let ok = false;
      try {
        ok = await this.options.save(job.value);
      } catch {
        ok = false;
      }
      this.inFlight = null;
      if (!ok) {
        // Keep the failed value unless newer text arrived meanwhile.
        this.pending ??= job;
        this.options.onStatus('failed');
        this.arm(this.retryMs);
      } else if (this.pending) {
        this.options.onStatus('unsaved');
        this.arm(0);
      } else this.options.onStatus('saved');
    })();
  }
}
