import { MAX_SLUG_LENGTH, missingIdentity, programIdentity, programIdOf, slugify } from '../../src/store/program-id';

describe('programId: a stable slug of municipality, title and period', () => {
  test.each([
    ['городского округа Ступино Московской области', 'gorodskogo-okruga-stupino-moskovskoy-oblasti'],
    ['«Цифровое муниципальное образование»', 'tsifrovoe-munitsipalnoe-obrazovanie'],
    ['Развитие образования', 'razvitie-obrazovaniya'],
    ['Жилище', 'zhilishche'],
    ['Cтупино', 'stupino'], // Latin C among Cyrillic letters
    ['Ёлки-палки', 'elki-palki'],
    ['IT-инфраструктура 2.0', 'it-infrastruktura-2-0'],
    ['  Подъезд\u00a0№ 5 ', 'podezd-5'],
    ["'; DROP TABLE versions; --", 'drop-table-versions'],
  ])('%j → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  test('the worked example', () => {
    expect(programIdOf({ municipality: 'городского округа Ступино Московской области', title: 'Цифровое муниципальное образование', period: { from: 2020, to: 2024 } })).toBe(
      'gorodskogo-okruga-stupino-moskovskoy-oblasti-tsifrovoe-munitsipalnoe-obrazovanie-2020-2024',
    );
  });

  test('spaces, quotes and case do not change the id; the period does', () => {
    const base = { municipality: 'городского округа Ступино', title: 'Цифровое муниципальное образование', period: { from: 2020, to: 2024 } };
    expect(programIdOf({ ...base, title: '«ЦИФРОВОЕ  муниципальное образование»' })).toBe(programIdOf(base));
    expect(programIdOf({ ...base, period: { from: 2025, to: 2030 } })).not.toBe(programIdOf(base));
  });

  test('long titles are cut with a hash so that two of them stay apart', () => {
    const long = 'Развитие информационной и технологической инфраструктуры экосистемы цифровой экономики муниципального образования Московской области';
    const a = programIdOf({ municipality: 'городского округа Ступино', title: `${long} I`, period: { from: 2020, to: 2024 } });
    const b = programIdOf({ municipality: 'городского округа Ступино', title: `${long} II`, period: { from: 2020, to: 2024 } });
    expect(a.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(a).toMatch(/^[a-z0-9-]+-[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
  });
});

test('programIdentity is missingIdentity and programIdOf together (one slug of each name)', async () => {
  const { missingIdentity, programIdentity } = await import('../../src/store/program-id');
  const period = { from: 2020, to: 2024 };
  const cases = [
    { municipality: 'городского округа Ступино Московской области', title: 'Цифровое муниципальное образование', period },
    { municipality: '', title: 'Цифровое муниципальное образование', period },
    { municipality: 'городского округа Ступино', title: '  «»  ', period },
    { municipality: '—', title: '', period },
    { municipality: 'г.о. Ступино', title: 'Т'.repeat(400), period },
  ];
  for (const program of cases) {
    const missing = missingIdentity(program);
    expect(programIdentity(program)).toEqual({ missing, programId: missing ? '' : programIdOf(program) });
  }
});

describe('programIdentity: the id and what is missing, with the slugs of recent names remembered', () => {
  test('equal to programIdOf and missingIdentity on random names, asked again and again, past the memory and its length bound', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const letters = ['а', 'Б', 'ё', 'Ъ', 'C', 'x', ' ', '\u00a0', '-', '«', '»', '1', 'ǅ', 'е\u0301'];
    const name = (): string => Array.from({ length: random(3) === 0 ? 1200 + random(50) : random(30) }, () => letters[random(letters.length)]).join('');
    const names = Array.from({ length: 1500 }, name);
    for (let i = 0; i < 6000; i++) {
      const program = { municipality: names[random(names.length)], title: names[random(names.length)], period: { from: 2020 + random(3), to: 2025 } };
      const { missing, programId } = programIdentity(program);
      expect(missing).toEqual(missingIdentity(program));
      expect(programId).toBe(missing ? '' : programIdOf(program));
    }
  });
});
