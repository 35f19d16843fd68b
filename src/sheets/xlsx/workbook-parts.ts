// The parts around the sheets: where the workbook part is (_rels/.rels), its sheets in order with their
// names, visibility and parts (xl/workbook.xml and its relationships), the 1904 date system and the rows
// repeated on printed pages (the defined name _xlnm.Print_Titles).
import type { ZipArchive } from './zip-archive';
import { parseXml } from './xml-events';
import { XlsxReadError } from './xlsx-limits';

export interface SheetEntry {
  name: string;
  /** "visible", "hidden" or "veryHidden". */
  state: string;
  /** The worksheet part, e.g. "xl/worksheets/sheet1.xml"; null for a chart sheet or a missing part. */
  part: string | null;
  /** The rows repeated at the top of each printed page, "3:4". */
  printTitleRows?: string;
}

export interface WorkbookParts {
  sheets: SheetEntry[];
  date1904: boolean;
  sharedStringsPart: string | null;
  stylesPart: string | null;
}

interface Relationship {
  type: string;
  target: string;
}

/** A relationship's target as a part name: relative to the folder of the part that refers to it. */
function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const segments = fromPart.split('/').slice(0, -1);
  for (const s of target.split('/')) {
    if (s === '..') segments.pop();
    else if (s !== '.' && s !== '') segments.push(s);
  }
  return segments.join('/');
}

function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function readRelationships(zip: ZipArchive, part: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  const relsPart = relsPartOf(part);
  const bytes = zip.read(relsPart);
  if (!bytes) return rels;
  parseXml(relsPart, bytes, {
    open(name, a) {
      if (name === 'Relationship' && a.Id && a.Target && a.TargetMode !== 'External') rels.set(a.Id, { type: a.Type ?? '', target: resolveTarget(part, a.Target) });
    },
    close() {},
    text() {},
  });
  return rels;
}

const notAWorkbook = (): XlsxReadError => new XlsxReadError({ ru: 'в архиве нет книги Excel (нет xl/workbook.xml)', en: 'the archive holds no Excel workbook (no xl/workbook.xml)' });

export function readWorkbookParts(zip: ZipArchive): WorkbookParts {
  const root = [...readRelationships(zip, '').values()].find((r) => r.type.endsWith('/officeDocument'));
  const workbookPart = root?.target ?? 'xl/workbook.xml';
  const bytes = zip.read(workbookPart);
  if (!bytes) throw notAWorkbook();
  const rels = readRelationships(zip, workbookPart);

  const sheets: (SheetEntry & { rid: string })[] = [];
  let date1904 = false;
  let definedName: { name: string; sheet: number; text: string } | null = null;
  const printTitles: { sheet: number; text: string }[] = [];
  parseXml(workbookPart, bytes, {
    open(name, a) {
      if (name === 'sheet') sheets.push({ name: a.name ?? '', state: a.state ?? 'visible', rid: relationshipId(a), part: null });
      else if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      else if (name === 'definedName') definedName = { name: a.name ?? '', sheet: a.localSheetId === undefined ? -1 : Number(a.localSheetId), text: '' };
    },
    close(name) {
      if (name === 'definedName' && definedName) {
        if (definedName.name === '_xlnm.Print_Titles') printTitles.push({ sheet: definedName.sheet, text: definedName.text });
        definedName = null;
      }
    },
    text(text) {
      if (definedName) definedName.text += text;
    },
  });
  for (const sheet of sheets) {
    const rel = rels.get(sheet.rid);
    sheet.part = rel && rel.type.endsWith('/worksheet') && zip.has(rel.target) ? rel.target : null;
  }
  // As ExcelJS reads them: the first "$3:$4" of the sheet's print titles.
  for (const t of printTitles) {
    const rows = /\$\d+:\$\d+/.exec(t.text);
    const sheet = sheets[t.sheet];
    if (rows && sheet) sheet.printTitleRows = rows[0].replace(/\$/g, '');
  }
  const partOfType = (type: string): string | null => [...rels.values()].find((r) => r.type.endsWith(type) && zip.has(r.target))?.target ?? null;
  return {
    sheets: sheets.map(({ rid: _rid, ...sheet }) => sheet),
    date1904,
    sharedStringsPart: partOfType('/sharedStrings'),
    stylesPart: partOfType('/styles'),
  };
}

/** The sheet's relationship id: the "id" attribute of the relationships namespace, whatever its prefix. */
function relationshipId(a: Readonly<Record<string, string>>): string {
  const key = Object.keys(a).find((k) => k.endsWith(':id'));
  return key ? a[key] : '';
}
