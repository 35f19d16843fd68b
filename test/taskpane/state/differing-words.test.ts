import { differingWords } from '../../../src/taskpane/state/differing-words';

const marked = (runs: { text: string; differs: boolean }[]) => runs.filter((r) => r.differs).map((r) => r.text);
const joined = (runs: { text: string }[]) => runs.map((r) => r.text).join('');

describe('differingWords', () => {
  test('an amount with its thousands apart is one word: 421 246,4 → 421 246,1', () => {
    const before = 'Бюджет городского округа: всего 421 246,4 тыс. руб., в т.ч. по годам';
    const after = 'Бюджет городского округа: всего 421 246,1 тыс. руб., в т.ч. по годам';
    const [a, b] = differingWords(before, after);
    expect(marked(a)).toEqual(['421 246,4']);
    expect(marked(b)).toEqual(['421 246,1']);
    expect(joined(a)).toBe(before);
    expect(joined(b)).toBe(after);
  });

  test('the words a name lacks are marked in the other name only', () => {
    const reference = 'повышение качества и доступности предоставления государственных и муниципальных услуг';
    const other = 'повышение качества и доступности предоставления муниципальных услуг';
    const [a, b] = differingWords(reference, other);
    expect(marked(a)).toEqual(['государственных и']);
    expect(marked(b)).toEqual([]);
    expect(joined(a)).toBe(reference);
    expect(joined(b)).toBe(other);
  });

  test('case, «ё» and quotes do not count as differences; equal texts have none', () => {
    expect(marked(differingWords('«Цифровое» Образование', 'цифровое образование')[0])).toEqual([]);
    expect(marked(differingWords('Всё', 'все')[1])).toEqual([]);
    expect(differingWords('', 'новый текст')[1]).toEqual([{ text: 'новый текст', differs: true }]);
  });
});
