// Minimal .xlsx files written by hand (fflate), for what ExcelJS does not write: inline strings, phonetic
// runs, prefixed namespaces, cells without addresses, hostile merges, validations and zip bombs.
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface RawSheet {
  name: string;
  state?: 'hidden' | 'veryHidden';
  /** The worksheet's XML inside <worksheet>…</worksheet> (sheetData, mergeCells, dataValidations, …). */
  body: string;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function rawXlsx(sheets: RawSheet[], options: { sharedStrings?: string[] | string; styles?: string; date1904?: boolean; extra?: Zippable } = {}): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}">${options.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheets
        .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
  };
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}" xmlns:r="${REL}">${s.body}</worksheet>`);
  });
  if (options.sharedStrings !== undefined) {
    const body = typeof options.sharedStrings === 'string' ? options.sharedStrings : options.sharedStrings.map((t) => `<si><t xml:space="preserve">${t}</t></si>`).join('');
    files['xl/sharedStrings.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}">${body}</sst>`);
  }
  Object.assign(files, options.extra);
  if (options.styles !== undefined) files['xl/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}">${options.styles}</styleSheet>`);
  return zipSync(files);
}

/** A sheet's rows of cells: `rows[r]` is the XML of the cells of row r + 1. */
export function sheetData(rows: string[]): string {
  return `<sheetData>${rows.map((cells, r) => `<row r="${r + 1}">${cells}</row>`).join('')}</sheetData>`;
}
