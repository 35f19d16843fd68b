// The evaluation against a hand computation, written out below (docs/design/REPORTS.md's default method).
import { DEFAULT_CONFIG } from '../../../src/domain/config';
import { evaluateReport } from '../../../src/domain/reporting/evaluate';
import { DEFAULT_EVALUATION_METHOD, resolveEvaluationMethod } from '../../../src/domain/reporting/evaluation-method';
import { buildReport } from '../../fixtures/report-builder';
import { evaluationText } from '../../../src/sheets/write/report/evaluation-rows';

const report = buildReport({
  subprograms: [
    {
      title: 'Подпрограмма I «Снижение административных барьеров»',
      sources: [{ source: 'Бюджет городского округа Ступино', plan: '82348.0', spent: '80000.0' }],
      total: { plan: '82348.0', spent: '80000.0' },
      activities: [
        { number: '1.1.', title: 'Основное мероприятие 01.', indicators: [{ name: 'Уровень удовлетворенности граждан качеством предоставления услуг', plan: '94.8', fact: '95.2' }] },
        { number: '1.2.', title: 'Основное мероприятие 02.', indicators: [{ name: 'Среднее время ожидания в очереди', unit: 'минута', plan: '11', fact: '9.5' }] },
      ],
    },
    {
      title: 'Подпрограмма II «Развитие информационной инфраструктуры»',
      sources: [{ source: 'Бюджет городского округа Ступино', plan: '16050.3', spent: '15000.0' }],
      total: { plan: '16050.3', spent: '15000.0' },
      activities: [
        {
          number: '2.1.',
          title: 'Основное мероприятие 01.',
          indicators: [
            { name: 'Доля рабочих мест, обеспеченных компьютерным оборудованием', plan: '100', fact: '97' },
            { name: 'Увеличение доли граждан, зарегистрированных в ЕСИА', plan: '80', fact: '76' },
            { name: 'Результативные услуги - Доля отказов в предоставлении услуг', plan: '18', fact: '20' },
          ],
        },
      ],
    },
  ],
  total: { plan: '98398.3', spent: '95000.0' },
});

describe('the default evaluation equals the hand computation', () => {
  // СД, one per indicator (capped at 1):
  //   1.1 удовлетворенность (больше — лучше): 95,2 / 94,8 = 1,00422 → 1
  //   1.2 время ожидания (меньше — лучше):    11 / 9,5   = 1,15789 → 1
  //   2.1 доля рабочих мест («…обеспеченных…» — больше — лучше): 97 / 100 = 0,97
  //   2.1 ЕСИА (больше — лучше):              76 / 80    = 0,95
  //   2.1 доля отказов (меньше — лучше):      18 / 20    = 0,9
  // СДЦ = (1 + 1 + 0,97 + 0,95 + 0,9) / 5 = 4,82 / 5 = 0,964
  // УФ  = 95 000,0 / 98 398,3 = 950000 / 983983 = 0,965463834…  → 0,9655
  // Э   = 0,964 / (950000 / 983983) = 0,964 × 983983 / 950000 = 948 559,612 / 950 000 = 0,998483802… → 0,9985
  // Э ≥ 0,9 — высокая.
  const evaluation = evaluateReport(report, DEFAULT_EVALUATION_METHOD, DEFAULT_CONFIG);

  it('per indicator', () => {
    expect(evaluation.indicators.map((i) => [i.label.slice(0, 4), i.direction, i.sd.value])).toEqual([
      ['1.1.', 'higher', '1.0000'],
      ['1.2.', 'lower', '1.0000'],
      ['2.1.', 'higher', '0.9700'],
      ['2.1.', 'higher', '0.9500'],
      ['2.1.', 'lower', '0.9000'],
    ]);
    expect(evaluation.indicators[0].sd.formula.ru).toBe('СД = факт / план = 95,2 / 94,8 = 1,0042 → 1 (не более 1)');
    expect(evaluation.indicators[1].sd.formula.ru).toBe('СД = план / факт = 11 / 9,5 = 1,1579 → 1 (не более 1)');
    expect(evaluation.indicators[2].sd.note).toBeNull();
  });

  it('for the program', () => {
    const { program } = evaluation;
    expect(program.sdc).toMatchObject({ value: '0.9640', exact: '241/250' });
    expect(program.sdc.formula.ru).toBe('СДЦ = (1,000000 + 1,000000 + 0,970000 + 0,950000 + 0,900000) / 5 = 0,9640');
    expect(program.uf).toMatchObject({ value: '0.9655', exact: '950000/983983' });
    expect(program.uf.formula.ru).toBe('УФ = Освоено / План = 95 000,0 / 98 398,3 = 0,9655');
    expect(program.e).toMatchObject({ value: '0.9985', exact: '237139903/237500000' });
    expect(program.e.formula.ru).toBe('Э = СДЦ / УФ = 0,964000 / 0,965464 = 0,9985');
    expect(program.rating?.ru).toBe('высокая');
  });

  it('per subprogram', () => {
    // I:  СДЦ = (1 + 1) / 2 = 1; УФ = 80 000 / 82 348 = 0,971486…; Э = 82 348 / 80 000 = 1,02935 → 1,0294
    // II: СДЦ = 2,82 / 3 = 0,94; УФ = 15 000 / 16 050,3 = 0,934562…; Э = 0,94 × 16 050,3 / 15 000 = 1,005819 → 1,0058
    expect(evaluation.subprograms.map((s) => [s.scope.ru, s.sdc.value, s.uf.value, s.e.value, s.rating?.ru])).toEqual([
      ['Подпрограмма I', '1.0000', '0.9715', '1.0294', 'высокая'],
      ['Подпрограмма II', '0.9400', '0.9346', '1.0058', 'высокая'],
    ]);
  });
});

describe('what cannot be computed is said, never divided by zero', () => {
  it('УФ = 0: Э is not computed, with the reason', () => {
    const r = buildReport({ subprograms: [{ title: 'Подпрограмма I', sources: [], total: { plan: '100.0', spent: '0' }, activities: [{ number: '1.1.', title: 'x', indicators: [{ name: 'Доля', plan: '10', fact: '10' }] }] }], total: { plan: '100.0', spent: '0' } });
    const e = evaluateReport(r, DEFAULT_EVALUATION_METHOD, DEFAULT_CONFIG).program;
    expect(e.uf.value).toBe('0.0000');
    expect(e.e.value).toBeNull();
    expect(e.e.formula.ru).toBe('Э не вычисляется: УФ = 0 (средства не освоены), на ноль не делим');
    expect(e.rating).toBeNull();
  });

  it('a zero plan of funding: УФ is not computed', () => {
    const r = buildReport({ subprograms: [{ title: 'Подпрограмма I', sources: [], total: { plan: '0', spent: '0' } }], total: { plan: '0', spent: '0' } });
    const e = evaluateReport(r, DEFAULT_EVALUATION_METHOD, DEFAULT_CONFIG).program;
    expect(e.uf.value).toBeNull();
    expect(e.sdc.value).toBeNull();
    expect(e.e.value).toBeNull();
  });

  it('an indicator without a fact is listed and left out of СДЦ; a plan of 0 where less is better is met by 0', () => {
    const r = buildReport({
      subprograms: [{
        title: 'Подпрограмма I', sources: [], total: { plan: '10.0', spent: '10.0' },
        activities: [{ number: '1.1.', title: 'x', indicators: [
          { name: 'Доля заявителей, ожидающих в очереди более 11,5 минут', plan: '0', fact: '0' },
          { name: 'Доля граждан', plan: '100', fact: null },
          { name: 'Доля отказов', plan: '0', fact: '4' },
        ] }],
      }],
      total: { plan: '10.0', spent: '10.0' },
    });
    const e = evaluateReport(r, DEFAULT_EVALUATION_METHOD, DEFAULT_CONFIG);
    expect(e.indicators.map((i) => [i.counted, i.sd.value])).toEqual([[true, '1.0000'], [false, null], [true, '0.0000']]);
    expect(e.program.sdc.value).toBe('0.5000');
  });

  it('"не менее 85" met counts 1, missed counts fact / plan', () => {
    const r = buildReport({
      subprograms: [{ title: 'Подпрограмма I', sources: [], total: { plan: '10.0', spent: '10.0' }, activities: [{ number: '1.1.', title: 'x', indicators: [
        { name: 'Доля', plan: { value: '85', bound: 'min' }, fact: '90' },
        { name: 'Доля', plan: { value: '85', bound: 'min' }, fact: '68' },
      ] }] }],
      total: { plan: '10.0', spent: '10.0' },
    });
    const e = evaluateReport(r, DEFAULT_EVALUATION_METHOD, DEFAULT_CONFIG);
    expect(e.indicators.map((i) => i.sd.value)).toEqual(['1.0000', '0.8000']);
    expect(e.indicators[0].sd.formula.ru).toBe('СД = 1 (план «не менее 85» выполнен: факт 90)');
  });
});

describe('other methods', () => {
  it('presets and overrides, validated', () => {
    expect(resolveEvaluationMethod({ preset: 'product' }).formula).toBe('product');
    expect(resolveEvaluationMethod({ decimals: 2 }).decimals).toBe(2);
    expect(() => resolveEvaluationMethod({ preset: 'nope' })).toThrow();
    expect(() => resolveEvaluationMethod({ thresholds: [{ min: '0.7', rating: { ru: 'a', en: 'a' } }, { min: '0.9', rating: { ru: 'b', en: 'b' } }] })).toThrow(/от большего к меньшему/);
    expect(() => resolveEvaluationMethod({ decimalz: 2 })).toThrow();
  });

  it('Э = СДЦ × УФ', () => {
    // 0,964 × 950000/983983 = 0,930707… → 0,9307
    const e = evaluateReport(report, resolveEvaluationMethod({ preset: 'product' }), DEFAULT_CONFIG).program;
    expect(e.e.value).toBe('0.9307');
    expect(e.rating?.ru).toBe('высокая');
  });

  it('indicators only, uncapped, in percent', () => {
    // (238/237 + 22/19 + 0,97 + 0,95 + 0,9) / 5 × 100 = (1,004219 + 1,157895 + 2,82) / 5 × 100 = 4,982114 / 5 × 100 = 99,6423…
    const e = evaluateReport(report, resolveEvaluationMethod({ preset: 'indicators' }), DEFAULT_CONFIG).program;
    expect(e.e.value).toBe('99.64');
    expect(e.rating?.ru).toBe('высокая');
  });

  it('the share of activities completed', () => {
    // 1.1 reached, 1.2 reached, 2.1 not (ЕСИА 76 < 80): 2 / 3 = 0,6667 — неудовлетворительная (below 0,7).
    const e = evaluateReport(report, resolveEvaluationMethod({ preset: 'activities' }), DEFAULT_CONFIG).program;
    expect(e.e.value).toBe('0.6667');
    expect(e.rating?.ru).toBe('неудовлетворительная');
  });
});

describe('amounts in the evaluation are written with the decimals of the report’s unit', () => {
  // «82 348,0 тыс. руб.», as the forms and annexes write it — not «82 348» (a plan read from a cell typed 82348).
  it('тыс. руб.: one decimal, even where the cell held a whole number', () => {
    const whole = buildReport({
      subprograms: [{ title: 'Подпрограмма I', sources: [{ source: 'Бюджет городского округа', plan: '82348', spent: '80215.3' }], total: { plan: '82348', spent: '80215.3' }, activities: [] }],
      total: { plan: '82348', spent: '80215.3' },
    });
    const e = evaluateReport(whole, DEFAULT_EVALUATION_METHOD, DEFAULT_CONFIG);
    expect(e.program.uf.formula.ru).toBe('УФ = Освоено / План = 80 215,3 / 82 348,0 = 0,9741');
    expect(e.program.plan).toBe('82348.0');
    expect(e.subprograms[0].plan).toBe('82348.0');
  });

  it('руб.: kopecks; more decimals than the unit’s are kept, not cut', () => {
    const built = buildReport({
      subprograms: [{ title: 'Подпрограмма I', sources: [{ source: 'Бюджет городского округа', plan: '82348000', spent: '80215300.5' }], total: { plan: '82348000', spent: '80215300.5' }, activities: [] }],
      total: { plan: '82348000', spent: '80215300.5' },
    });
    const rubles = { ...built, unit: 'руб.' };
    const e = evaluateReport(rubles, DEFAULT_EVALUATION_METHOD, DEFAULT_CONFIG);
    expect(e.program.uf.formula.ru).toBe('УФ = Освоено / План = 80 215 300,50 / 82 348 000,00 = 0,9741');
    const fine = { ...rubles, unit: 'тыс. руб.' };
    expect(evaluateReport(fine, DEFAULT_EVALUATION_METHOD, DEFAULT_CONFIG).program.uf.formula.ru).toContain('80 215 300,5 / 82 348 000,0');
  });
});

describe('a figure that cannot be computed says why once', () => {
  // No indicator has a fact: no СДЦ, so no Э; and an indicator without a fact has no СД.
  const noFacts = buildReport({
    subprograms: [
      {
        title: 'Подпрограмма I',
        sources: [{ source: 'Бюджет городского округа Ступино', plan: '100.0', spent: '90.0' }],
        total: { plan: '100.0', spent: '90.0' },
        activities: [{ number: '1.1.', title: 'Основное мероприятие 01.', indicators: [{ name: 'Доля обращений', plan: '80', fact: null }] }],
      },
    ],
    total: { plan: '100.0', spent: '90.0' },
  });
  const evaluation = evaluateReport(noFacts, DEFAULT_EVALUATION_METHOD, DEFAULT_CONFIG);

  it.each(['ru', 'en'] as const)('%s: «Э не вычисляется: нет СДЦ», the reason not repeated after it', (lang) => {
    const text = evaluationText(evaluation, lang);
    const [e, sd] = lang === 'ru' ? ['Э не вычисляется: нет СДЦ', 'СД не вычисляется'] : ['E cannot be computed: no SDC', 'SD cannot be computed'];
    expect(text).toContain(e);
    expect(text).not.toMatch(lang === 'ru' ? /нет СДЦ \(нет СДЦ\)/ : /no SDC \(no SDC\)/);
    // The indicator's reason, once: «СД не вычисляется: нет факта; показатель не входит в СДЦ», no «(нет факта)» after it.
    const sdLine = text.split('\n').find((l) => l.includes(sd))!;
    expect(sdLine.split(lang === 'ru' ? 'нет факта' : 'no fact')).toHaveLength(2);
  });
});
