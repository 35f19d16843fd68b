// One definition each (issue 9): the order of severities, the typed-list limit and hidden sheets of lists,
// the estimate of row heights. A second copy in src/ fails here, naming the file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SOURCES = readdirSync(join(ROOT, 'src'), { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
  .map((e) => relative(ROOT, join(e.parentPath, e.name)))
  .sort();
const text = new Map(SOURCES.map((f) => [f, readFileSync(join(ROOT, f), 'utf8')]));

/** The files of src/ whose code (comments left out) matches. */
function filesWith(pattern: RegExp): string[] {
  return SOURCES.filter((f) => pattern.test(text.get(f)!.replace(/\/\*[\s\S]*?\*\/|(^|[^:'"`])\/\/.*$/gm, '$1')));
}

describe('one definition each', () => {
  it('reads src/', () => {
    expect(SOURCES.length).toBeGreaterThan(200);
  });

  it('the order of severities: src/domain/severity.ts', () => {
    expect(filesWith(/\[\s*'error',\s*'warning',\s*'info'\s*\](?!\))|error:\s*0,\s*warning:\s*1|warning:\s*1,\s*info:\s*2/)).toEqual(['src/domain/severity.ts']);
  });

  it('the typed-list limit (255) and the hidden sheet of lists: src/sheets/list-sheets.ts', () => {
    expect(filesWith(/\b255\b/).filter((f) => !f.startsWith('src/store/contract/'))).toEqual(['src/sheets/list-sheets.ts']);
    expect(filesWith(/\(списки|LISTS_SHEET_NAME|LISTS_SUFFIX\s*=|class ListSheet/)).toEqual(['src/sheets/list-sheets.ts']);
  });

  it('the estimate of row heights for wrapped text: src/sheets/write/row-heights.ts', () => {
    expect(filesWith(/LINE_HEIGHT\s*=|POINTS_PER_LINE\s*=|function (printRowHeights|wrappedRowHeights)\b/)).toEqual(['src/sheets/write/row-heights.ts']);
  });
});
