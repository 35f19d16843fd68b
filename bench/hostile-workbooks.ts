// Hostile workbooks, small files that ask a reader for the impossible: the ones issue 11 found (a merge
// over the whole sheet, a drop-down list over it, a list that refers to a whole sheet, 50 000 rows with
// cells in A and XFD, a zip that inflates to a gigabyte) and more like them. Each must end in a message —
// a report or a one-line refusal — within 10 s and 1 GB: the tests check the message, `npm run bench`
// measures the time and the memory.
import { deflateRawSync, constants } from 'node:zlib';
import { toA1 } from '../src/sheets/address';
import { rawXlsx, sheetData } from '../test/sheets/xlsx/raw-xlsx';

export interface HostileCase {
  name: string;
  make(): Uint8Array;
  /** What the refusal must say (a pattern of the Russian message); null when the workbook must read. */
  refusal: RegExp | null;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** A worksheet part written whole (for what rawXlsx's body cannot say: a DTD, unclosed elements). */
const worksheetPart = (xml: string): Record<string, Uint8Array> => ({ 'xl/worksheets/sheet1.xml': new TextEncoder().encode(xml) });
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const someCells = sheetData([inline('A1', 'Паспорт') + inline('B1', 'муниципальной программы'), inline('A2', 'Наименование')]);

/** A header text of `length` characters made of the words report headers use, with the number k (distinct texts). */
function longHeaderText(k: number, length: number): string {
  const words = ['наименование', 'мероприятия', 'программы', 'источник', 'финансирования', 'объём'];
  let text = '';
  for (let i = k; text.length < length; i++) text += `${words[i % words.length]}${k} `;
  return text.slice(0, length);
}

/** A zip of one workbook whose sheet1.xml inflates to `bytes` (spaces inside <sheetData>); `declared` is the size its headers give. */
export function zipBomb(bytes: number, declared = bytes): Uint8Array {
  const head = Buffer.from('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const tail = Buffer.from('</sheetData></worksheet>');
  // A megabyte of spaces deflated once, repeated: the blocks end on a byte boundary (sync flush).
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const mb = deflateRawSync(Buffer.alloc(1 << 20, 32), flush);
  const count = Math.max(1, Math.floor((bytes - head.length - tail.length) / (1 << 20)));
  const body = Buffer.concat([deflateRawSync(head, flush), ...Array<Buffer>(count).fill(mb), deflateRawSync(tail)]);
  const base = rawXlsx([{ name: 'Лист1', body: someCells }]);
  return replacePart(base, 'xl/worksheets/sheet1.xml', body, declared);
}

/** A small sound workbook whose zip directory is then damaged by `damage` (given the archive and where its end record is). */
function damagedDirectory(damage: (zip: Buffer, end: number) => void): Uint8Array {
  const zip = Buffer.from(rawXlsx([{ name: 'Лист1', body: someCells }]));
  damage(zip, zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])));
  return new Uint8Array(zip);
}

/** The archive with one part's deflated data replaced and its declared size set (CRC left as it was). */
function replacePart(zip: Uint8Array, name: string, deflated: Buffer, declared: number): Uint8Array {
  const src = Buffer.from(zip);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (let at = 0; src.readUInt32LE(at) === 0x04034b50; ) {
    const nameLen = src.readUInt16LE(at + 26);
    const start = at + 30 + nameLen + src.readUInt16LE(at + 28);
    const size = src.readUInt32LE(at + 18);
    const header = Buffer.from(src.subarray(at, start));
    const entryName = src.subarray(at + 30, at + 30 + nameLen).toString('utf8');
    let data: Buffer = src.subarray(start, start + size);
    if (entryName === name) {
      data = deflated;
      header.writeUInt16LE(8, 8);
      header.writeUInt32LE(deflated.length, 18);
      header.writeUInt32LE(declared >>> 0, 22);
    }
    // The central entry repeats the local header's fields (from "version needed" to the name length).
    const central = Buffer.alloc(46 + nameLen);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    header.copy(central, 6, 4, 28);
    central.writeUInt32LE(offset, 42);
    header.copy(central, 46, 30, 30 + nameLen);
    centrals.push(central);
    locals.push(header, data);
    offset += header.length + data.length;
    at = start + size;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

export const HOSTILE_CASES: HostileCase[] = [
  {
    name: 'объединение A1:XFD1048576',
    make: () => rawXlsx([{ name: 'Паспорт', body: someCells + '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>' }]),
    refusal: /лист «Паспорт»: объединённые области \(до A1:XFD1048576\) покрывают больше/,
  },
  {
    name: 'выпадающий список на весь лист',
    make: () => rawXlsx([{ name: 'Паспорт', body: someCells + '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"да,нет"</formula1></dataValidation></dataValidations>' }]),
    refusal: null,
  },
  {
    name: "список из 'Паспорт'!$A$1:$XFD$1048576",
    make: () => rawXlsx([{ name: 'Паспорт', body: someCells + `<dataValidations count="1"><dataValidation type="list" sqref="C1:C1048576"><formula1>'Паспорт'!$A$1:$XFD$1048576</formula1></dataValidation></dataValidations>` }]),
    refusal: null,
  },
  {
    name: '50 000 строк с ячейками в A и XFD',
    make: () => rawXlsx([{ name: 'Лист1', body: `<sheetData>${Array.from({ length: 50_000 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>1</v></c><c r="XFD${r + 1}"><v>2</v></c></row>`).join('')}</sheetData>` }]),
    refusal: /лист «Лист1» слишком разрежен/,
  },
  { name: 'архив, распаковывающийся в 1 ГБ', make: () => zipBomb(1 << 30), refusal: /слишком велика в распакованном виде/ },
  { name: 'архив в 1 ГБ с заголовком, занижающим размер', make: () => zipBomb(1 << 30, 4096), refusal: /повреждена/ },
  {
    name: 'пересекающиеся объединения',
    make: () => rawXlsx([{ name: 'Лист1', body: someCells + '<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>' }]),
    refusal: /объединённые области A1:B2 и B2:C3 перекрываются/,
  },
  {
    name: '200 000 объединений',
    make: () => rawXlsx([{ name: 'Лист1', body: someCells + `<mergeCells>${Array.from({ length: 200_000 }, (_, i) => `<mergeCell ref="A${i * 2 + 10}:B${i * 2 + 10}"/>`).join('')}</mergeCells>` }]),
    refusal: /больше 100 000 объединённых областей/,
  },
  { name: 'ссылка на несуществующую общую строку', make: () => rawXlsx([{ name: 'Лист1', body: sheetData(['<c r="A1" t="s"><v>7</v></c>']) }], { sharedStrings: ['один'] }), refusal: /ячейка A1: ссылка на несуществующую строку №7/ },
  { name: 'текст в 100 000 знаков', make: () => rawXlsx([{ name: 'Лист1', body: sheetData([inline('B3', 'я'.repeat(100_000))]) }]), refusal: /ячейка B3: текст длиннее 32 767 знаков/ },
  { name: 'ячейка за пределами листа', make: () => rawXlsx([{ name: 'Лист1', body: sheetData(['<c r="A2000000"><v>1</v></c>']) }]), refusal: /«A2000000» — не адрес ячейки листа Excel/ },
  {
    name: 'сущности DTD («billion laughs»)',
    make: () =>
      rawXlsx([{ name: 'Лист1', body: '' }], {
        extra: { 'xl/worksheets/sheet1.xml': new TextEncoder().encode(`<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&c;</t></is></c></row></sheetData></worksheet>`) },
      }),
    refusal: /часть «xl\/worksheets\/sheet1.xml» книги повреждена/,
  },
  {
    name: 'списки на 4 000 000 ячеек таблицы',
    make: () =>
      rawXlsx([{ name: 'Лист1', body: sheetData([inline('A1', 'а')]) + `<sheetData/>` }], {
        extra: {
          'xl/worksheets/sheet1.xml': new TextEncoder().encode(
            `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2000"><c r="ALL2000"><v>2</v></c></row></sheetData><dataValidations>${'<dataValidation type="list" sqref="A1:XFD1048576"><formula1>"а,б"</formula1></dataValidation>'.repeat(3)}</dataValidations></worksheet>`,
          ),
        },
      }),
    refusal: /выпадающие списки занимают больше 2 000 000 ячеек/,
  },
  { name: 'не архив', make: () => new TextEncoder().encode('PK\u0003\u0004 это не zip, а текст'), refusal: /архив повреждён/ },
  { name: 'архив без книги', make: () => new Uint8Array(Buffer.from('UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==', 'base64')), refusal: /нет книги Excel/ },
  // A fresh set, beyond what issue 11 found.
  { name: 'общие строки: 3 000 000', make: () => rawXlsx([{ name: 'Лист1', body: sheetData(['<c r="A1" t="s"><v>2999999</v></c>']) }], { sharedStrings: '<si><t>x</t></si>'.repeat(3_000_000) }), refusal: /больше 2 000 000 общих строк/ },
  { name: 'общая строка в 99 000 000 знаков', make: () => rawXlsx([{ name: 'Лист1', body: sheetData(['<c r="A1" t="s"><v>0</v></c>']) }], { sharedStrings: `<si><t>${'a'.repeat(99_000_000)}</t></si>` }), refusal: /ячейка A1: текст длиннее 32 767 знаков/ },
  { name: 'архив, распаковывающийся в 99 МБ (под пределом)', make: () => zipBomb(99 << 20), refusal: null },
  {
    name: 'вложенность XML: 2 000 000 уровней',
    make: () => rawXlsx([{ name: 'Лист1', body: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is>${'<r>'.repeat(2_000_000)}${'</r>'.repeat(2_000_000)}</is></c></row></sheetData>` }]),
    refusal: /элементы XML вложены глубже 100 уровней/,
  },
  { name: '5 000 000 незакрытых элементов', make: () => rawXlsx([{ name: 'Лист1', body: '' }], { extra: worksheetPart(`<worksheet xmlns="${NS}"><sheetData>${'<x>'.repeat(5_000_000)}`) }), refusal: /элементы XML вложены глубже 100 уровней/ },
  {
    name: 'внешняя сущность (XXE, file:///etc/passwd)',
    make: () => rawXlsx([{ name: 'Лист1', body: '' }], { extra: worksheetPart(`<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>`) }),
    refusal: /часть «xl\/worksheets\/sheet1.xml» книги повреждена/,
  },
  { name: 'оглавление архива за концом файла', make: () => damagedDirectory((zip, end) => zip.writeUInt32LE(0x7ffffff0, end + 16)), refusal: /архив повреждён \(запись №1 оглавления не на своём месте\)/ },
  { name: 'оглавление, обещающее 65 535 частей', make: () => damagedDirectory((zip, end) => (zip.writeUInt16LE(0xffff, end + 8), zip.writeUInt16LE(0xffff, end + 10))), refusal: /архив повреждён \(оглавление обещает 65 535 частей/ },
  { name: 'запись оглавления забита байтами 0xFF', make: () => damagedDirectory((zip) => zip.fill(0xff, zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 4, zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 46)), refusal: /архив повреждён/ },
  { name: 'размер листа A1:XFD1048576 при одной ячейке', make: () => rawXlsx([{ name: 'Лист1', body: '<dimension ref="A1:XFD1048576"/>' + someCells }]), refusal: null },
  { name: 'ячейки в A1 и Z1048576', make: () => rawXlsx([{ name: 'Лист1', body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="Z1048576"><v>1</v></c></row></sheetData>' }]), refusal: null },
  { name: '1 048 576 пустых строк', make: () => rawXlsx([{ name: 'Лист1', body: `<sheetData>${Array.from({ length: 1_048_576 }, (_, i) => `<row r="${i + 1}"/>`).join('')}</sheetData>` }]), refusal: null },
  { name: 'общая формула на весь лист', make: () => rawXlsx([{ name: 'Лист1', body: sheetData(['<c r="A1"><f t="shared" ref="A1:XFD1048576" si="0">B1+1</f><v>1</v></c>']) }]), refusal: null },
  { name: '5 000 листов', make: () => rawXlsx(Array.from({ length: 5_000 }, (_, i) => ({ name: `Лист${i + 1}`, body: '<sheetData/>' }))), refusal: null },
  { name: '1 000 000 форматов ячеек', make: () => rawXlsx([{ name: 'Лист1', body: sheetData(['<c r="A1" s="999999"><v>1</v></c>']) }], { styles: `<cellXfs count="1000000">${'<xf numFmtId="0"/>'.repeat(1_000_000)}</cellXfs>` }), refusal: null },
  {
    name: 'список на 500 000 отдельных ячеек',
    make: () => rawXlsx([{ name: 'Лист1', body: someCells + `<dataValidations><dataValidation type="list" sqref="${Array.from({ length: 500_000 }, (_, i) => `A${i + 1}`).join(' ')}"><formula1>"а,б"</formula1></dataValidation></dataValidations>` }]),
    refusal: null,
  },
  // A header-band candidate row of «Итого» in every column: the report reader once re-read the row for a number per «Итого» (16 384² per row).
  {
    name: '2 строки × 16 384 ячейки «Итого»',
    make: () => rawXlsx([{ name: 'Лист1', body: sheetData([0, 1].map((r) => Array.from({ length: 16_384 }, (_, c) => inline(toA1(r, c), 'Итого')).join(''))) }]),
    refusal: null,
  },
  // Three long header texts shared by every cell of the first 300 rows: the look for report forms joined, folded
  // and matched each column's texts on every row (20 s at 1 000 columns), now once per distinct text.
  {
    name: '300 строк × 1 000 столбцов длинных заголовков (3 общие строки по 2 000 знаков)',
    make: () =>
      rawXlsx([{ name: 'Лист1', body: sheetData(Array.from({ length: 300 }, (_, r) => Array.from({ length: 1_000 }, (_, c) => `<c r="${toA1(r, c)}" t="s"><v>${r % 3}</v></c>`).join(''))) }], {
        sharedStrings: [0, 1, 2].map((k) => longHeaderText(k, 2_000)),
      }),
    refusal: null,
  },
  // A thousand distinct shared texts of 17 000 characters, differing at their ends: V8 hashes a string that long by
  // its length alone, so every map of texts keyed by them compared them all on each look-up (19 s for this 130 KB file; now 1 s).
  {
    name: '1 000 разных общих строк по 17 000 знаков в 20 × 100 ячейках',
    make: () =>
      rawXlsx([{ name: 'Лист1', body: sheetData(Array.from({ length: 20 }, (_, r) => Array.from({ length: 100 }, (_, c) => `<c r="${toA1(r, c)}" t="s"><v>${(r * 100 + c) % 1_000}</v></c>`).join(''))) }], {
        sharedStrings: Array.from({ length: 1_000 }, (_, k) => `${longHeaderText(0, 16_992)} ${String(k).padStart(7, '0')}`),
      }),
    refusal: null,
  },
  { name: 'список из столбцов $A:$XFD', make: () => rawXlsx([{ name: 'Паспорт', body: someCells + '<dataValidations><dataValidation type="list" sqref="A1:A5"><formula1>Паспорт!$A:$XFD</formula1></dataValidation></dataValidations>' }]), refusal: null },
];

