export interface CachedImage {
  mime: string;
  bytes: Buffer;
}

/**
 * Least-recently-used thumbnails, bounded by their total size. Keys are assetKey of the full
 * photo, so an entry stays valid whichever report is open.
 */
export class ThumbnailCache {
  private readonly entries = new Map<string, CachedImage>();
  private readonly pending = new Map<string, Promise<CachedImage>>();
  private total = 0;

  constructor(private readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The cached value, marked as most recently used, or undefined. */
  peek(key: string): CachedImage | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Map keeps insertion order: re-inserting marks the entry as most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** The cached value, or `make`'s; concurrent requests for one key share one `make`. */
  async get(key: string, make: () => Promise<CachedImage>): Promise<CachedImage> {
    const hit = this.peek(key);
    if (hit) return hit;
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    const made = make().finally(() => this.pending.delete(key));
    this.pending.set(key, made);
    const value = await made;
    this.store(key, value);
    return value;
  }

  private store(key: string, value: CachedImage): void {
    if (value.bytes.length > this.maxBytes || this.entries.has(key)) return;
    this.entries.set(key, value);
    this.total += value.bytes.length;
    for (const [oldKey, old] of this.entries) {
      if (this.total <= this.maxBytes) break;
      this.entries.delete(oldKey);
      this.total -= old.bytes.length;
    }
  }
}
