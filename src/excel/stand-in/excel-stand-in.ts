// The Excel stand-in: an in-memory workbook and an `Excel.run` over it that counts syncs and records
// each sync's payload, refusing requests and responses over Excel on the web's 5 MB limit. It backs
// the adapter's tests and the browser preview (no Node APIs here).
import type { Grid } from '../../sheets/grid';
import type { ExcelContext, ExcelRun } from '../excel-api';
import { EXCEL_WEB_PAYLOAD_LIMIT_BYTES } from '../request-size';
import type { SessionHost, SyncRecord } from './stand-in-context';
import { StandInContext } from './stand-in-context';
import { StandInWorkbookObject } from './stand-in-worksheets';
import { StandInWorkbook } from './stand-in-workbook';

export interface StandInOptions {
  requestLimitBytes?: number;
  responseLimitBytes?: number;
}

export class ExcelStandIn implements SessionHost {
  readonly book: StandInWorkbook;
  readonly requestLimitBytes: number;
  readonly responseLimitBytes: number;
  private readonly records: SyncRecord[] = [];

  constructor(grids: readonly Grid[] = [], options: StandInOptions = {}) {
    this.book = StandInWorkbook.fromGrids(grids);
    this.requestLimitBytes = options.requestLimitBytes ?? EXCEL_WEB_PAYLOAD_LIMIT_BYTES;
    this.responseLimitBytes = options.responseLimitBytes ?? EXCEL_WEB_PAYLOAD_LIMIT_BYTES;
  }

  /** `Excel.run` over the in-memory workbook. Commands left unsynced when the batch ends are synced, as Excel.run does. */
  readonly run: ExcelRun = async <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> => {
    const context = new StandInContext(this, (ctx) => new StandInWorkbookObject(ctx));
    const result = await batch(context);
    if (context.pending > 0) await context.sync();
    return result;
  };

  /** @internal Called by the context on every sync. */
  recordSync(record: SyncRecord): void {
    this.records.push(record);
  }

  get syncCount(): number {
    return this.records.length;
  }

  /** One record per sync since the last reset: request and response sizes, number of actions. */
  get syncs(): readonly SyncRecord[] {
    return this.records;
  }

  resetCounters(): void {
    this.records.length = 0;
  }

  toGrids(): Grid[] {
    return this.book.toGrids();
  }
}

export function createExcelStandIn(grids: readonly Grid[] = [], options: StandInOptions = {}): ExcelStandIn {
  return new ExcelStandIn(grids, options);
}
