// The list formulas are read by hand: the same as the regular expressions they replaced, on formulas of every
// shape, near misses included.
import { parseInlineList, parseListReference } from '../../../src/sheets/xlsx/validation-lists';

function byExpression(formula: string): { sheet: string; range: string } | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/i.exec(formula.trim());
  if (!m) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], range: m[3].replace(/\$/g, '') };
}

function inlineByExpression(formula: string): string[] | null {
  const m = /^"(.*)"$/s.exec(formula.trim());
  return m ? m[1].split(',').map((v) => v.trim()) : null;
}

describe('list formulas', () => {
  const fixed = [
    "'Списки'!$A$1:$A$5", 'Списки!A1:A5', '=Списки!a1', "=''''!B2", "''!A1", '=!A1', '!A1', '=', '', ' Лист!A1 ', "'a''b'!C3:D4", "'a'b'!A1",
    "'a''!A1", "'''!A1", 'Л!A1:', 'Л!A1:B', 'Л!$A$1:$B$', 'Л!A1B2', 'Л!1A', "='x'!A1", "=='x'!A1", '==!A1', 'a!b!A1', 'Л!A1 ', '"a, b,c"', '""', '"', ' "x" ', '"a\nb"',
  ];
  const alphabet = ["'", '!', '=', '$', ':', 'A', 'z', '1', '0', ' ', 'Л', '"', ','];
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const generated = Array.from({ length: 20000 }, () => Array.from({ length: 1 + Math.floor(random() * 10) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
  it('are read as the regular expressions read them', () => {
    for (const formula of [...fixed, ...generated]) {
      expect([formula, parseListReference(formula)]).toEqual([formula, byExpression(formula)]);
      expect([formula, parseInlineList(formula)]).toEqual([formula, inlineByExpression(formula)]);
    }
  });
});
