// The audit log cannot be flooded: what can repeat without bound (failed authentication, refusals,
// reads) goes through here. Per key (an address, a token and what it did) and per minute, the first
// occurrence is written at once; the rest are only counted, and one row per key sums them up when the
// minute is over (or when the store stops). So N requests of one kind from one address in a minute
// make at most two rows, whatever N. The number of keys per minute is bounded as well: past the bound,
// occurrences share one overflow key.
import type { Insertable } from 'kysely';
import { auditRow, type AuditEntry } from './audit';
import type { AuditLogTable } from './db/schema';

export type AuditWriter = (rows: Insertable<AuditLogTable>[]) => Promise<void>;

export interface AuditThrottleOptions {
  windowMs?: number;
  /** Distinct keys per window before they share the overflow key. */
  maxKeys?: number;
  now?: () => number;
  /** What to do with a failed write (the caller's logger). */
  onError?: (error: unknown) => void;
}

interface Tally {
  /** The occurrence written at once. */
  first: AuditEntry;
  /** The latest occurrence, whose details the summary row keeps. */
  last: AuditEntry;
  repeats: number;
  kinds: Map<string, number>;
  firstRepeatAt: string | null;
}

export const OVERFLOW_KEY = '*overflow*';

export class AuditThrottle {
  private window = -1;
  private tallies = new Map<string, Tally>();
  private readonly windowMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;
  private readonly timer: NodeJS.Timeout;
  private pending = new Set<Promise<void>>();

  constructor(
    private readonly write: AuditWriter,
    private readonly options: AuditThrottleOptions = {},
  ) {
    this.windowMs = options.windowMs ?? 60_000;
    this.maxKeys = options.maxKeys ?? 1000;
    this.now = options.now ?? Date.now;
    this.timer = setInterval(() => this.roll(), Math.min(this.windowMs, 10_000));
    this.timer.unref();
  }

  /**
   * Notes one occurrence under `key` ("auth|10.0.0.7"); `kind` is what the summary counts by (an error
   * code). Returns how many times the key occurred in this window, this one included.
   */
  note(key: string, entry: AuditEntry, kind: string): { count: number; written: Promise<void> } {
    this.roll();
    entry = { ...entry, at: entry.at ?? new Date(this.now()).toISOString() };
    let tally = this.tallies.get(key);
    if (!tally && this.tallies.size >= this.maxKeys) {
      key = OVERFLOW_KEY;
      tally = this.tallies.get(key);
      entry = { ...entry, from: { remoteAddress: '*', userAgent: null }, programId: null, version: null, details: { overflow: true } };
    }
    if (!tally) {
      this.tallies.set(key, { first: entry, last: entry, repeats: 0, kinds: new Map(), firstRepeatAt: null });
      return { count: 1, written: this.track(this.write([auditRow(entry)])) };
    }
    tally.repeats++;
    tally.last = entry;
    tally.firstRepeatAt ??= entry.at ?? new Date(this.now()).toISOString();
    tally.kinds.set(kind, (tally.kinds.get(kind) ?? 0) + 1);
    return { count: tally.repeats + 1, written: Promise.resolve() };
  }

  /** Milliseconds until the current window ends (for Retry-After). */
  msLeftInWindow(): number {
    return this.windowMs - (this.now() % this.windowMs);
  }

  /** Writes the summaries of every key now, the current minute's included (when the store stops). */
  async flush(): Promise<void> {
    this.summarise(this.tallies);
    this.tallies = new Map();
    await Promise.all([...this.pending]);
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private roll(): void {
    const window = Math.floor(this.now() / this.windowMs);
    if (window === this.window) return;
    this.window = window;
    const ended = this.tallies;
    this.tallies = new Map();
    this.summarise(ended);
  }

  private summarise(tallies: Map<string, Tally>): void {
    const rows: Insertable<AuditLogTable>[] = [];
    for (const tally of tallies.values()) {
      if (tally.repeats === 0) continue;
      const last = tally.last;
      const lastDetails = last.details !== null && typeof last.details === 'object' ? last.details : {};
      rows.push(
        auditRow({
          ...last,
          at: new Date(this.now()).toISOString(),
          details: { ...lastDetails, repeats: tally.repeats, kinds: Object.fromEntries(tally.kinds), from: tally.firstRepeatAt, to: last.at ?? null },
        }),
      );
    }
    if (rows.length > 0) void this.track(this.write(rows));
  }

  private track(work: Promise<void>): Promise<void> {
    const guarded = work.catch((error: unknown) => this.options.onError?.(error));
    this.pending.add(guarded);
    void guarded.finally(() => this.pending.delete(guarded));
    return guarded;
  }
}
