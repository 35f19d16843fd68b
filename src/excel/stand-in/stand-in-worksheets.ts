// The stand-in's workbook, worksheets collection, worksheet, page layout and settings.
import type { CellRange } from '../../sheets/address';
import type {
  ExcelApplication,
  ExcelPageLayout,
  ExcelSetting,
  ExcelSettingCollection,
  ExcelWorkbook,
  ExcelWorksheet,
  ExcelWorksheetCollection,
  LoadNames,
} from '../excel-api';
import { StandInObject, type StandInContext } from './stand-in-context';
import { StandInError, invalidArgument, itemNotFound, propertyNotLoaded } from './stand-in-error';
import { WHOLE_SHEET, parseAddress } from './stand-in-geometry';
import { StandInRange, StandInRangeAreas } from './stand-in-range';
import type { StandInSheet, StandInWorkbook } from './stand-in-workbook';

export class StandInWorkbookObject implements ExcelWorkbook {
  readonly worksheets: StandInWorksheetCollection;
  readonly settings: StandInSettingCollection;
  readonly application: ExcelApplication;

  constructor(context: StandInContext) {
    this.worksheets = new StandInWorksheetCollection(context);
    this.settings = new StandInSettingCollection(context);
    // The stand-in does not calculate; the command is queued and counted so that a sync records it.
    this.application = { suspendApiCalculationUntilNextSync: () => context.enqueue('application', 'suspendApiCalculationUntilNextSync', null, () => undefined) };
  }
}

export class StandInWorksheetCollection extends StandInObject<StandInWorkbook> implements ExcelWorksheetCollection {
  constructor(context: StandInContext) {
    super(context, 'worksheets', () => context.host.book);
  }

  get items(): StandInWorksheet[] {
    return this.read<StandInWorksheet[]>('items');
  }

  getItem(key: string): StandInWorksheet {
    return new StandInWorksheet(this.context, `worksheets('${key}')`, () => {
      const sheet = this.book.sheet(key);
      if (!sheet) throw itemNotFound(`worksheet '${key}'`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): StandInWorksheet {
    const sheet = new StandInWorksheet(this.context, `worksheets('${key}')?`, () => this.book.sheet(key) ?? null);
    sheet.trackNullnessNow();
    return sheet;
  }

  add(name?: string): StandInWorksheet {
    const sheet = new StandInWorksheet(this.context, `worksheets.add('${name ?? ''}')`, () => {
      throw itemNotFound('a worksheet used before it was added');
    });
    this.queue('add', [name ?? null], () => {
      if (name !== undefined) checkSheetName(this.book, name);
      sheet.bindTo(this.book.addSheet(name));
    });
    return sheet;
  }

  getActiveWorksheet(): StandInWorksheet {
    return new StandInWorksheet(this.context, 'worksheets.active', () => {
      const active = this.book.activeSheet === null ? undefined : this.book.sheet(this.book.activeSheet);
      if (!active) throw itemNotFound('active worksheet');
      return active;
    });
  }

  /** "items", "items/name", "items/visibility": one set of worksheet proxies with every named property loaded. */
  override load(names: LoadNames): this {
    const list = (Array.isArray(names) ? names : names.split(',')).map((n) => n.trim()).filter((n) => n !== '');
    const properties = list.map((n) => {
      const m = /^items(?:\/(name|visibility|id))?$/.exec(n);
      if (!m) throw invalidArgument(`worksheets.load('${n}')`);
      return m[1] ?? null;
    });
    this.queue('load', list, () => {
      const items = this.book.sheets.map((s) => {
        const proxy = new StandInWorksheet(this.context, `worksheets('${s.name}')`, () => s);
        for (const property of properties) {
          if (property === null || property === 'name') proxy.rememberLoaded('name', s.name);
          if (property === null || property === 'visibility') proxy.rememberLoaded('visibility', s.visibility);
          if (property === null || property === 'id') proxy.rememberLoaded('id', s.id);
        }
        this.context.countResponse([s.name, s.visibility, s.id]);
        return proxy;
      });
      this.remember('items', items);
    });
    return this;
  }

  protected snapshot(): unknown {
    return undefined;
  }
}

function checkSheetName(book: StandInWorkbook, name: string): void {
  if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name)) throw invalidArgument(`worksheet name '${name}'`);
  if (book.sheet(name)) throw new StandInError('ItemAlreadyExists', `A worksheet named '${name}' already exists.`);
}

export class StandInWorksheet extends StandInObject<StandInSheet> implements ExcelWorksheet {
  readonly pageLayout: StandInPageLayout;

  constructor(context: StandInContext, path: string, locate: () => StandInSheet | null) {
    super(context, path, locate);
    this.pageLayout = new StandInPageLayout(context, this);
  }

  /** @internal */
  sheet(): StandInSheet {
    return this.existing();
  }

  /** @internal */
  bindTo(sheet: StandInSheet): void {
    this.bind(sheet);
  }

  /** @internal */
  rememberLoaded(property: 'name' | 'visibility' | 'id', value: unknown): void {
    this.remember(property, value);
    this.remember('isNullObject', false);
  }

  /** @internal */
  trackNullnessNow(): void {
    this.trackNullness();
  }

  get name(): string {
    return this.read<string>('name');
  }

  set name(value: string) {
    this.queue('name', value, () => {
      const sheet = this.existing();
      if (sheet.name.toLowerCase() !== value.toLowerCase()) checkSheetName(this.book, value);
      if (this.book.activeSheet === sheet.name) this.book.activeSheet = value;
      sheet.name = value;
    });
  }

  get id(): string {
    return this.read<string>('id');
  }

  get visibility(): Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden' {
    return this.read('visibility');
  }

  set visibility(value: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden') {
    this.queue('visibility', value, () => {
      const sheet = this.existing();
      if (value !== 'Visible' && this.book.sheets.every((s) => s === sheet || s.visibility !== 'Visible')) {
        throw new StandInError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      sheet.visibility = value as 'Visible' | 'Hidden' | 'VeryHidden';
      if (value !== 'Visible' && this.book.activeSheet?.toLowerCase() === sheet.name.toLowerCase()) {
        this.book.activeSheet = this.book.sheets.find((s) => s.visibility === 'Visible')?.name ?? null;
      }
    });
  }

  activate(): void {
    this.queue('activate', null, () => {
      this.book.activeSheet = this.existing().name;
    });
  }

  delete(): void {
    this.queue('delete', null, () => {
      const sheet = this.existing();
      if (this.book.sheets.length === 1) {
        throw new StandInError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      this.book.deleteSheet(sheet);
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): StandInRange {
    const range = new StandInRange(this.context, `${this.path}.usedRange`, () => {
      const sheet = this.existing();
      const used = valuesOnly ? usedValuesRange(sheet) : sheet.usedRange();
      return used ? { sheet, range: used } : null;
    });
    range.trackNullnessNow();
    return range;
  }

  getRange(address?: string): StandInRange {
    return new StandInRange(this.context, `${this.path}.range('${address ?? ''}')`, () => {
      const sheet = this.existing();
      return { sheet, range: address === undefined ? WHOLE_SHEET : parseAddress(address, sheet.name) };
    });
  }

  getRanges(address: string): StandInRangeAreas {
    return new StandInRangeAreas(this.context, `${this.path}.ranges('${address}')`, () => {
      const sheet = this.existing();
      const parts = address.split(/[,;]/).map((a) => a.trim());
      if (parts.some((a) => a === '')) throw invalidArgument(`address '${address}'`);
      return { sheet, areas: parts.map((a) => parseAddress(a, sheet.name)) };
    });
  }

  protected snapshot(sheet: StandInSheet, name: string): unknown {
    if (name !== 'name' && name !== 'visibility' && name !== 'id') return undefined;
    const value = name === 'name' ? sheet.name : name === 'id' ? sheet.id : sheet.visibility;
    this.context.countResponse(value);
    return value;
  }
}


function usedValuesRange(sheet: StandInSheet): CellRange | null {
  let box: CellRange | null = null;
  for (const [row, col, cell] of sheet.entries()) {
    if ((cell.value === undefined || cell.value === null) && cell.formula === undefined) continue;
    box = box
      ? { top: Math.min(box.top, row), left: Math.min(box.left, col), bottom: Math.max(box.bottom, row), right: Math.max(box.right, col) }
      : { top: row, left: col, bottom: row, right: col };
  }
  return box;
}

export class StandInPageLayout implements ExcelPageLayout {
  constructor(
    private readonly context: StandInContext,
    private readonly worksheet: StandInWorksheet,
  ) {}

  get orientation(): Excel.PageOrientation | 'Portrait' | 'Landscape' {
    throw propertyNotLoaded('orientation');
  }

  set orientation(value: Excel.PageOrientation | 'Portrait' | 'Landscape') {
    this.context.enqueue(`${this.worksheet.path}.pageLayout`, 'orientation', value, () => {
      this.worksheet.sheet().pageLayout.orientation = value === 'Landscape' ? 'Landscape' : 'Portrait';
    });
  }

  get zoom(): Excel.PageLayoutZoomOptions {
    throw propertyNotLoaded('zoom');
  }

  set zoom(value: Excel.PageLayoutZoomOptions) {
    this.context.enqueue(`${this.worksheet.path}.pageLayout`, 'zoom', value, () => {
      this.worksheet.sheet().pageLayout.zoom = { ...value };
    });
  }

  set paperSize(value: ExcelPageLayout['paperSize']) {
    this.context.enqueue(`${this.worksheet.path}.pageLayout`, 'paperSize', value, () => {
      if (!/^(A[345]|A4Small|B[45]|Letter|Legal)$/.test(String(value))) throw invalidArgument(`paper size '${String(value)}'`);
      this.worksheet.sheet().pageLayout.paperSize = String(value);
    });
  }

  get paperSize(): ExcelPageLayout['paperSize'] {
    throw propertyNotLoaded('paperSize');
  }

  set centerHorizontally(value: boolean) {
    this.context.enqueue(`${this.worksheet.path}.pageLayout`, 'centerHorizontally', value, () => {
      this.worksheet.sheet().pageLayout.centerHorizontally = value;
    });
  }

  get centerHorizontally(): boolean {
    throw propertyNotLoaded('centerHorizontally');
  }

  get leftMargin(): number {
    throw propertyNotLoaded('leftMargin');
  }
  set leftMargin(points: number) {
    this.margin('leftMargin', points);
  }
  get rightMargin(): number {
    throw propertyNotLoaded('rightMargin');
  }
  set rightMargin(points: number) {
    this.margin('rightMargin', points);
  }
  get topMargin(): number {
    throw propertyNotLoaded('topMargin');
  }
  set topMargin(points: number) {
    this.margin('topMargin', points);
  }
  get bottomMargin(): number {
    throw propertyNotLoaded('bottomMargin');
  }
  set bottomMargin(points: number) {
    this.margin('bottomMargin', points);
  }
  get headerMargin(): number {
    throw propertyNotLoaded('headerMargin');
  }
  set headerMargin(points: number) {
    this.margin('headerMargin', points);
  }
  get footerMargin(): number {
    throw propertyNotLoaded('footerMargin');
  }
  set footerMargin(points: number) {
    this.margin('footerMargin', points);
  }

  /** Excel takes margins in points and refuses negative ones. */
  private margin(name: 'leftMargin' | 'rightMargin' | 'topMargin' | 'bottomMargin' | 'headerMargin' | 'footerMargin', points: number): void {
    this.context.enqueue(`${this.worksheet.path}.pageLayout`, name, points, () => {
      if (!(points >= 0) || !Number.isFinite(points)) throw invalidArgument(`${name} ${points}`);
      this.worksheet.sheet().pageLayout[name] = points;
    });
  }

  setPrintTitleRows(rows: string): void {
    this.context.enqueue(`${this.worksheet.path}.pageLayout`, 'setPrintTitleRows', [rows], () => {
      if (!/^\$?\d+:\$?\d+$/.test(rows)) throw invalidArgument(`print title rows '${rows}'`);
      this.worksheet.sheet().pageLayout.printTitleRows = rows;
    });
  }
}

export class StandInSettingCollection implements ExcelSettingCollection {
  constructor(private readonly context: StandInContext) {}

  add(key: string, value: unknown): StandInSetting {
    this.context.enqueue('settings', 'add', [key, value], () => {
      this.context.host.book.settings.set(key, JSON.parse(JSON.stringify(value ?? null)));
    });
    return new StandInSetting(this.context, `settings('${key}')`, () => key);
  }

  getItemOrNullObject(key: string): StandInSetting {
    const setting = new StandInSetting(this.context, `settings('${key}')?`, () => (this.context.host.book.settings.has(key) ? key : null));
    setting.trackNullnessNow();
    return setting;
  }
}

export class StandInSetting extends StandInObject<string> implements ExcelSetting {
  get value(): unknown {
    return this.read('value');
  }

  set value(value: unknown) {
    this.queue('value', value, () => {
      this.book.settings.set(this.existing(), JSON.parse(JSON.stringify(value ?? null)));
    });
  }

  /** @internal */
  trackNullnessNow(): void {
    this.trackNullness();
  }

  protected snapshot(key: string, name: string): unknown {
    if (name !== 'value') return undefined;
    const value = JSON.parse(JSON.stringify(this.book.settings.get(key) ?? null));
    this.context.countResponse(value);
    return value;
  }
}

