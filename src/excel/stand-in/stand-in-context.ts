// The stand-in's request context and the base of its API objects, like Excel's proxies: setting a
// property or calling a method queues a command; context.sync() runs the queue in order against the
// in-memory workbook; a loaded property can be read only after the sync that loaded it, otherwise
// PropertyNotLoaded is thrown, as in Excel. Each sync is counted with its request and response size.
import type { ExcelContext, ExcelWorkbook, LoadNames } from '../excel-api';
import { StandInError, invalidArgument, itemNotFound, propertyNotLoaded } from './stand-in-error';
import type { StandInWorkbook } from './stand-in-workbook';

/** What a real request spends on one action besides its arguments (ids, action type, object path). */
const ACTION_OVERHEAD_BYTES = 100;

interface Command {
  bytes: number;
  execute(): void;
  /** Application.suspendApiCalculationUntilNextSync: this sync writes without recalculating. */
  suspendsCalculation: boolean;
}

export interface SyncRecord {
  /** JSON size of what this sync sent (arguments plus a fixed overhead per action). */
  requestBytes: number;
  /** JSON size of what this sync loaded. */
  responseBytes: number;
  actions: number;
  /** Whether the sync was sent with calculation suspended (suspendApiCalculationUntilNextSync). */
  calculationSuspended: boolean;
}

export interface SessionHost {
  readonly book: StandInWorkbook;
  readonly requestLimitBytes: number;
  readonly responseLimitBytes: number;
  recordSync(record: SyncRecord): void;
}

export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  // UTF-8 size: Cyrillic letters take two bytes.
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) bytes += text.charCodeAt(i) > 0x7ff ? 2 : 1;
  return bytes;
}

export class StandInContext implements ExcelContext {
  readonly workbook: ExcelWorkbook;
  private queue: Command[] = [];
  private responseBytes = 0;

  constructor(
    readonly host: SessionHost,
    makeWorkbook: (context: StandInContext) => ExcelWorkbook,
  ) {
    this.workbook = makeWorkbook(this);
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(path: string, action: string, args: unknown, execute: () => void): void {
    this.queue.push({ bytes: ACTION_OVERHEAD_BYTES + jsonBytes([path, action, args ?? null]), execute, suspendsCalculation: path === 'application' && action === 'suspendApiCalculationUntilNextSync' });
  }

  countResponse(value: unknown): void {
    this.responseBytes += jsonBytes(value);
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.responseBytes = 0;
    const requestBytes = queue.reduce((sum, c) => sum + c.bytes, 0);
    try {
      if (requestBytes > this.host.requestLimitBytes) {
        throw new StandInError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${requestBytes} bytes).`);
      }
      for (const command of queue) command.execute();
    } finally {
      this.host.recordSync({ requestBytes, responseBytes: this.responseBytes, actions: queue.length, calculationSuspended: queue.some((c) => c.suspendsCalculation) });
    }
    if (this.responseBytes > this.host.responseLimitBytes) {
      throw new StandInError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${this.responseBytes} bytes).`);
    }
  }
}

/** The base of every proxy: finds its target when its first command runs, keeps what was loaded. */
export abstract class StandInObject<T> {
  private bound: T | null | undefined = undefined;
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly context: StandInContext,
    readonly path: string,
    private readonly locate: () => T | null,
  ) {}

  protected get book(): StandInWorkbook {
    return this.context.host.book;
  }

  protected target(): T | null {
    if (this.bound === undefined) this.bound = this.locate();
    return this.bound;
  }

  /** For objects that exist once created (worksheets.add). */
  protected bind(target: T): void {
    this.bound = target;
  }

  protected existing(): T {
    const target = this.target();
    if (target === null) throw itemNotFound(this.path);
    return target;
  }

  protected remember(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as V;
  }

  protected queue(action: string, args: unknown, execute: () => void): void {
    this.context.enqueue(this.path, action, args, execute);
  }

  /** Queues a command that only locates the object, so that isNullObject is known after the sync. */
  protected trackNullness(): void {
    this.queue('locate', null, () => this.remember('isNullObject', this.target() === null));
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }

  load(names: LoadNames): this {
    const list = (Array.isArray(names) ? names : names.split(','))
      .map((n) => n.trim())
      .filter((n) => n !== '');
    this.queue('load', list, () => {
      const target = this.target();
      this.remember('isNullObject', target === null);
      for (const name of list) {
        if (name === 'isNullObject') continue;
        const key = name.split('/')[0];
        if (target === null) {
          this.remember(key, null);
          continue;
        }
        const value = this.snapshot(target, name);
        if (value === undefined) throw invalidArgument(`${this.path}.load('${name}')`);
        this.remember(key, value);
      }
    });
    return this;
  }

  /** The loaded value of a property (name may be a path like "items/name"); undefined for an unknown name. */
  protected abstract snapshot(target: T, name: string): unknown;
}

