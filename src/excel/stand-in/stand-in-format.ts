// The stand-in's range formats: fill, font, wrapping, alignment, borders, column width, and list
// validation. Setting any of them queues a command; reading them is refused, as the adapter never loads them.
import type { CellRange } from '../../sheets/address';
import type {
  BorderEdge,
  ExcelDataValidation,
  ExcelRangeBorder,
  ExcelRangeBorderCollection,
  ExcelRangeFill,
  ExcelRangeFont,
  ExcelRangeFormat,
} from '../excel-api';
import type { StandInContext } from './stand-in-context';
import { invalidArgument, propertyNotLoaded } from './stand-in-error';
import { INLINE_LIST_LIMIT } from '../../sheets/list-sheets';
import { cellsOf, overlaps } from './stand-in-geometry';
import type { StandInRange } from './stand-in-range';
import type { Horizontal, StandInCell, StandInSheet, Vertical } from './stand-in-workbook';

/** Excel refuses a typed list ("a,b,c") longer than its limit (src/sheets/list-sheets.ts). */
export const LIST_SOURCE_LIMIT = INLINE_LIST_LIMIT;

/** Where a format part acts: one range, or the rectangles of a multi-area range. */
type Cells = () => { sheet: StandInSheet; ranges: CellRange[] };

class RangePart {
  constructor(
    protected readonly context: StandInContext,
    protected readonly path: string,
    protected readonly cells: Cells,
  ) {}

  protected eachCell(action: string, args: unknown, change: (cell: StandInCell) => void): void {
    this.context.enqueue(this.path, action, args, () => {
      const { sheet, ranges } = this.cells();
      for (const range of ranges) for (const { row, col } of cellsOf(range)) change(sheet.touch(row, col));
    });
  }
}

export class StandInRangeFormat extends RangePart implements ExcelRangeFormat {
  readonly fill: StandInRangeFill;
  readonly font: StandInRangeFont;
  readonly borders: StandInBorderCollection;

  constructor(
    context: StandInContext,
    private readonly owner: StandInRange,
  ) {
    const cells: Cells = () => {
      const { sheet, range } = owner.at();
      return { sheet, ranges: [range] };
    };
    super(context, `${owner.path}.format`, cells);
    this.fill = new StandInRangeFill(context, `${owner.path}.format.fill`, cells);
    this.font = new StandInRangeFont(context, `${owner.path}.format.font`, cells);
    this.borders = new StandInBorderCollection(context, owner);
  }

  get wrapText(): boolean {
    throw propertyNotLoaded('wrapText');
  }
  set wrapText(value: boolean) {
    this.eachCell('wrapText', value, (cell) => {
      cell.wrap = value || undefined;
    });
  }

  get horizontalAlignment(): Excel.HorizontalAlignment | 'General' | 'Left' | 'Center' | 'Right' | 'Fill' | 'Justify' | 'CenterAcrossSelection' | 'Distributed' {
    throw propertyNotLoaded('horizontalAlignment');
  }
  set horizontalAlignment(value: Excel.HorizontalAlignment | 'General' | 'Left' | 'Center' | 'Right' | 'Fill' | 'Justify' | 'CenterAcrossSelection' | 'Distributed') {
    if (!['General', 'Left', 'Center', 'Right'].includes(value)) throw invalidArgument(`the stand-in knows no horizontal alignment '${value}'`);
    this.eachCell('horizontalAlignment', value, (cell) => {
      cell.horizontal = value === 'General' ? undefined : (value as Horizontal);
    });
  }

  get verticalAlignment(): Excel.VerticalAlignment | 'Top' | 'Center' | 'Bottom' | 'Justify' | 'Distributed' {
    throw propertyNotLoaded('verticalAlignment');
  }
  set verticalAlignment(value: Excel.VerticalAlignment | 'Top' | 'Center' | 'Bottom' | 'Justify' | 'Distributed') {
    if (!['Top', 'Center', 'Bottom'].includes(value)) throw invalidArgument(`the stand-in knows no vertical alignment '${value}'`);
    this.eachCell('verticalAlignment', value, (cell) => {
      cell.vertical = value as Vertical;
    });
  }

  get columnWidth(): number {
    throw propertyNotLoaded('columnWidth');
  }
  set columnWidth(points: number) {
    this.context.enqueue(`${this.owner.path}.format`, 'columnWidth', points, () => {
      const { sheet, range } = this.owner.at();
      for (let col = range.left; col <= range.right; col++) sheet.columnWidths.set(col, points);
    });
  }

  get rowHeight(): number {
    throw propertyNotLoaded('rowHeight');
  }
  /** Excel allows 0 to 409 points. */
  set rowHeight(points: number) {
    this.context.enqueue(`${this.owner.path}.format`, 'rowHeight', points, () => {
      if (!(points >= 0 && points <= 409)) throw invalidArgument(`row height ${points}`);
      const { sheet, range } = this.owner.at();
      for (let row = range.top; row <= range.bottom; row++) sheet.rowHeights.set(row, points);
    });
  }
}

export class StandInRangeFill extends RangePart implements ExcelRangeFill {
  get color(): string {
    throw propertyNotLoaded('color');
  }
  set color(value: string) {
    if (!/^#[0-9A-Fa-f]{6}$/.test(value)) throw invalidArgument(`the stand-in takes colours as #RRGGBB, not '${value}'`);
    this.eachCell('color', value, (cell) => {
      cell.fill = value.toUpperCase();
    });
  }

  clear(): void {
    this.eachCell('clear', null, (cell) => {
      delete cell.fill;
    });
  }
}

export class StandInRangeFont extends RangePart implements ExcelRangeFont {
  get bold(): boolean {
    throw propertyNotLoaded('bold');
  }
  set bold(value: boolean) {
    this.eachCell('bold', value, (cell) => {
      cell.bold = value || undefined;
    });
  }
  get italic(): boolean {
    throw propertyNotLoaded('italic');
  }
  set italic(value: boolean) {
    this.eachCell('italic', value, (cell) => {
      cell.italic = value || undefined;
    });
  }
  get size(): number {
    throw propertyNotLoaded('size');
  }
  set size(value: number) {
    this.eachCell('size', value, (cell) => {
      cell.fontSize = value;
    });
  }
}

export class StandInBorderCollection implements ExcelRangeBorderCollection {
  constructor(
    private readonly context: StandInContext,
    private readonly owner: StandInRange,
  ) {}

  getItem(index: BorderEdge): ExcelRangeBorder {
    return new StandInRangeBorder(this.context, this.owner, index);
  }
}

class StandInRangeBorder implements ExcelRangeBorder {
  constructor(
    private readonly context: StandInContext,
    private readonly owner: StandInRange,
    private readonly edge: BorderEdge,
  ) {}

  get style(): Excel.BorderLineStyle | 'None' | 'Continuous' | 'Dash' | 'DashDot' | 'DashDotDot' | 'Dot' | 'Double' | 'SlantDashDot' {
    throw propertyNotLoaded('style');
  }
  set style(value: Excel.BorderLineStyle | 'None' | 'Continuous' | 'Dash' | 'DashDot' | 'DashDotDot' | 'Dot' | 'Double' | 'SlantDashDot') {
    const on = value !== 'None';
    this.context.enqueue(`${this.owner.path}.borders('${this.edge}')`, 'style', value, () => {
      const { sheet, range } = this.owner.at();
      for (const { row, col } of cellsOf(range)) {
        const cell = sheet.touch(row, col);
        const b = (cell.borders ??= {});
        const set = (side: 'top' | 'bottom' | 'left' | 'right', when: boolean): void => {
          if (when) b[side] = on || undefined;
        };
        switch (this.edge) {
          case 'EdgeTop':
            set('top', row === range.top);
            break;
          case 'EdgeBottom':
            set('bottom', row === range.bottom);
            break;
          case 'EdgeLeft':
            set('left', col === range.left);
            break;
          case 'EdgeRight':
            set('right', col === range.right);
            break;
          case 'InsideHorizontal':
            set('top', row > range.top);
            set('bottom', row < range.bottom);
            break;
          case 'InsideVertical':
            set('left', col > range.left);
            set('right', col < range.right);
            break;
        }
        if (!b.top && !b.bottom && !b.left && !b.right) delete cell.borders;
      }
    });
  }

  get weight(): Excel.BorderWeight | 'Hairline' | 'Thin' | 'Medium' | 'Thick' {
    throw propertyNotLoaded('weight');
  }
  set weight(value: Excel.BorderWeight | 'Hairline' | 'Thin' | 'Medium' | 'Thick') {
    this.context.enqueue(`${this.owner.path}.borders('${this.edge}')`, 'weight', value, () => {
      this.owner.at();
    });
  }
}

export class StandInDataValidation implements ExcelDataValidation {
  constructor(
    private readonly context: StandInContext,
    private readonly owner: StandInRange,
  ) {}

  get rule(): Excel.DataValidationRule {
    throw propertyNotLoaded('rule');
  }

  set rule(rule: Excel.DataValidationRule) {
    this.context.enqueue(`${this.owner.path}.dataValidation`, 'rule', rule, () => {
      const { sheet, range } = this.owner.at();
      const source = rule.list?.source;
      if (typeof source !== 'string' || source === '') throw invalidArgument('the stand-in keeps only list validations with a text source');
      // Excel's limit on a typed list; longer lists must come from cells ("='Лист'!$A$1:$A$40").
      if (!source.startsWith('=') && source.length > LIST_SOURCE_LIMIT) {
        throw invalidArgument(`a list validation source of ${source.length} characters (Excel allows ${LIST_SOURCE_LIMIT})`);
      }
      sheet.validations = sheet.validations.filter((v) => !overlaps(v.range, range));
      sheet.validations.push({ range, source });
    });
  }

  clear(): void {
    this.context.enqueue(`${this.owner.path}.dataValidation`, 'clear', null, () => {
      const { sheet, range } = this.owner.at();
      sheet.validations = sheet.validations.filter((v) => !overlaps(v.range, range));
    });
  }
}


