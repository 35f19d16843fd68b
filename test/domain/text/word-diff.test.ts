import { markedWordDiff, wordDiff } from '../../../src/domain/text/word-diff';

describe('the difference of two names in words', () => {
  it.each([
    ['повышение качества предоставления государственных и муниципальных услуг', 'повышение качества предоставления муниципальных услуг', ['государственных', 'и'], []],
    ['инфраструктуры цифровой экономики', 'инфраструктуры цифровой экономики и связи', [], ['и', 'связи']],
    ['«Развитие технологической инфраструктуры»', 'РАЗВИТИЕ телекоммуникационной инфраструктуры', ['технологической'], ['телекоммуникационной']],
    ['Снижение барьеров, повышение качества', 'снижение барьеров повышение качества', [], []],
  ])('%s / %s', (reference, other, missing, added) => {
    expect(wordDiff(reference, other)).toEqual({ missing, added });
  });
});

describe('both names as runs, the words where they differ marked', () => {
  const marked = (runs: { text: string; differs: boolean }[]) => runs.filter((r) => r.differs).map((r) => r.text);
  it('marks the words the other lacks in the reference and the words it adds in the other; joined, the runs give the texts back', () => {
    const reference = '«Развитие технологической инфраструктуры» в городском округе Ступино';
    const other = 'РАЗВИТИЕ телекоммуникационной инфраструктуры в городском округе';
    const [a, b] = markedWordDiff(reference, other);
    expect(marked(a)).toEqual(['технологической', 'Ступино']);
    expect(marked(b)).toEqual(['телекоммуникационной']);
    expect(a.map((r) => r.text).join('')).toBe(reference);
    expect(b.map((r) => r.text).join('')).toBe(other);
  });
  it('marks neighbouring differing words as one stretch, and nothing where only case and punctuation differ', () => {
    const [a, b] = markedWordDiff('повышение качества предоставления государственных и муниципальных услуг', 'повышение качества предоставления муниципальных услуг');
    expect(marked(a)).toEqual(['государственных и']);
    expect(marked(b)).toEqual([]);
    expect(markedWordDiff('Снижение барьеров, повышение качества', 'снижение барьеров повышение качества').flat().some((r) => r.differs)).toBe(false);
  });
});
