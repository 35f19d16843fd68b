// Hostile workbooks end in a message: a report, or a one-line refusal that says what and where — from
// the reader, and from the CLI with exit code 2. (Their time and memory are measured by `npm run bench`.)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { runCli } from '../../../src/cli/main';
import { writeXlsxBuffer } from '../../../src/cli/xlsx/write-xlsx';
import { Program } from '../../../src/domain/model/program';
import { writeProgramWorkbook } from '../../../src/sheets/write/program-workbook';
import { readXlsxGrids } from '../../../src/sheets/xlsx/xlsx-grids';
import { XlsxReadError } from '../../../src/sheets/xlsx/xlsx-limits';
import { HOSTILE_CASES } from '../../../bench/hostile-workbooks';
import example from '../../../examples/stupino-2020-2024.program.json';

function outcome(data: Uint8Array): { refusal: string | null } {
  try {
    readXlsxGrids(data);
    return { refusal: null };
  } catch (error) {
    // Numbers in messages are grouped with no-break spaces ("100 000").
    if (error instanceof XlsxReadError) return { refusal: error.message.replace(/\u00a0/g, ' ') };
    throw error;
  }
}

describe('hostile workbooks', () => {
  for (const c of HOSTILE_CASES) {
    it(`${c.name}: ${c.refusal ? 'refused with a message' : 'read, clamped to the table'}`, () => {
      const { refusal } = outcome(c.make());
      if (c.refusal) expect(refusal).toMatch(c.refusal);
      else expect(refusal).toBeNull();
      if (refusal) expect(refusal).not.toContain('\n');
    });
  }

  it('tell a limit passed from a damaged file (the preview gives the second the advice to save it again)', () => {
    const kindOf = (name: string) => {
      try {
        readXlsxGrids(HOSTILE_CASES.find((c) => c.name === name)!.make());
        return null;
      } catch (error) {
        return (error as XlsxReadError).kind;
      }
    };
    expect(['объединение A1:XFD1048576', 'текст в 100 000 знаков', 'архив, распаковывающийся в 1 ГБ', 'не архив', 'пересекающиеся объединения'].map(kindOf)).toEqual(['limit', 'limit', 'limit', 'damaged', 'damaged']);
  });

  it('are refused by the CLI with exit code 2 and one line on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sverka-hostile-'));
    try {
      for (const c of HOSTILE_CASES.filter((h) => ['объединение A1:XFD1048576', 'пересекающиеся объединения', 'не архив', 'текст в 100 000 знаков'].includes(h.name))) {
        const file = join(dir, 'книга.xlsx');
        writeFileSync(file, c.make());
        let stderr = '';
        const code = await runCli(['validate', file], { stdout: () => undefined, stderr: (t) => void (stderr += t), env: {} });
        expect([c.name, code]).toEqual([c.name, 2]);
        expect(stderr.trim().split('\n')).toHaveLength(1);
        expect(stderr.replace(/\u00a0/g, ' ')).toMatch(c.refusal!);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('damaged workbooks (fuzz)', () => {
  it('a workbook with bytes changed reads, or is refused with a message — nothing else', async () => {
    const good = new Uint8Array(await writeXlsxBuffer(writeProgramWorkbook(Program.parse(example))));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (changes) => {
        const bad = good.slice();
        for (const [at, byte] of changes) bad[at] = byte;
        outcome(bad);
      }),
      { numRuns: 150 },
    );
  });
});
