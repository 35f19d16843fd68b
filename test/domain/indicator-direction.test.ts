import { DEFAULT_CONFIG } from '../../src/domain/config';
import { RulesConfig } from '../../src/domain/config-schema';
import { indicatorDirection, judgedFrom, planDirection, rememberedDirections, REMEMBERED_DIRECTIONS_MAX, rowDirections } from '../../src/domain/indicator-direction';
import { indicatorRows } from '../../src/domain/indicator-rows';
import type { IndicatorTable, IndicatorValue } from '../../src/domain/model/indicators';

const plan = (...values: (string | null)[]): (IndicatorValue | null)[] => values.map((v) => (v === null ? null : { value: v, bound: null }));

describe('the direction of an indicator', () => {
  it.each([
    ['Уровень удовлетворенности граждан качеством предоставления государственных и муниципальных услуг', 'higher'],
    ['Увеличение доли граждан, использующих механизм получения государственных и муниципальных услуг в электронной форме', 'higher'],
    ['Среднее время ожидания в очереди для получения государственных (муниципальных) услуг', 'lower'],
    ['Стоимостная доля закупаемого и арендуемого ОМСУ муниципального образования Московской области иностранного ПО', 'lower'],
    ['Качественные услуги – Доля муниципальных (государственных) услуг, по которым нарушены регламентные сроки', 'lower'],
    ['Результативные услуги - Доля отказов в предоставлении муниципальных (государственных) услуг', 'lower'],
    ['Отложенные решения -Доля отложенных решений от числа ответов', 'lower'],
    ['Доля заявителей МФЦ, ожидающих в очереди более 11,5 минут', 'lower'],
    ['Доля граждан, имеющих доступ к получению услуг по принципу «одного окна»', 'higher'],
    ['Доля рабочих мест, обеспеченных необходимым компьютерным оборудованием', 'higher'],
    ['Ответ вовремя - Доля жалоб, поступивших на портал «Добродел», по которым нарушен срок подготовки ответа', 'lower'],
    // The words of change decide alone: "Снижение" over "имеющих".
    ['Снижение доли домов, имеющих износ более 60 процентов', 'lower'],
    ['Увеличение доли граждан, ожидающих в очереди не более 15 минут', 'higher'],
    // Stems that point both ways, and no word of change: nothing is told.
    ['Доля обеспеченных жильем граждан, ожидающих его более 5 лет', 'unknown'],
    ['Доля образовательных организаций, у которых есть широкополосный доступ к сети Интернет', 'unknown'],
    ['Количество простых обращений', 'unknown'], // "рост" only at the start of a word
  ])('%s → %s', (name, direction) => {
    expect(indicatorDirection(name, DEFAULT_CONFIG)).toBe(direction);
  });

  it('the config\'s directions come first', () => {
    const config = RulesConfig.parse({ directions: [{ match: 'ожидающих в очереди', direction: 'lower' }, { match: 'время ожидания', direction: 'higher' }] });
    expect(indicatorDirection('Доля заявителей МФЦ, ожидающих в очереди более 11,5 минут', config)).toBe('lower');
    expect(indicatorDirection('Среднее время ожидания в очереди', config)).toBe('higher');
  });

  it.each([
    [['53', '55', '60', '70', '70'], 'higher'],
    [['90', '80', '70'], 'lower'],
    [['30', null, '25.0', '25'], 'lower'],
    [['100', '100', '100'], 'unknown'],
    [['10', '12', '11'], 'unknown'],
    [['5'], 'unknown'],
  ] as const)('the plan %j goes %s', (values, direction) => {
    expect(planDirection(plan(...values))).toBe(direction);
  });

  it('a bound in the plan says nothing of its trend', () => {
    expect(planDirection([{ value: '90', bound: null }, { value: '95', bound: 'min' }, { value: '90', bound: null }])).toBe('unknown');
  });

  it('judges by the words first, by the plan only when the words say nothing (an assumption)', () => {
    expect(judgedFrom(indicatorDirection('Доля рабочих мест, обеспеченных оборудованием', DEFAULT_CONFIG), plan('90', '80', '70'))).toEqual({ direction: 'higher', assumed: false });
    expect(judgedFrom(indicatorDirection('Доля образовательных организаций с доступом к сети', DEFAULT_CONFIG), plan('53', '60', '70'))).toEqual({ direction: 'higher', assumed: true });
    expect(judgedFrom(indicatorDirection('Количество компьютеров на 100 обучающихся', DEFAULT_CONFIG), plan('13.8', '13.8'))).toEqual({ direction: 'unknown', assumed: false });
    const config = RulesConfig.parse({ directions: [{ match: 'доля образовательных организаций', direction: 'lower' }] });
    expect(judgedFrom(indicatorDirection('Доля образовательных организаций с доступом к сети', config), plan('53', '60', '70'))).toEqual({ direction: 'lower', assumed: false });
  });
});

describe('the directions remembered', () => {
  test('are bounded: a long-running store asks for every distinct name pushed, with the one default config', () => {
    const config = RulesConfig.parse({});
    for (let i = 0; i < REMEMBERED_DIRECTIONS_MAX + 500; i++) indicatorDirection(`Снижение доли №${i}`, config);
    expect(rememberedDirections(config)).toBeGreaterThan(0);
    expect(rememberedDirections(config)).toBeLessThanOrEqual(REMEMBERED_DIRECTIONS_MAX);
    // Still the same answers after the cache was emptied.
    expect(indicatorDirection('Снижение доли №1', config)).toBe('lower');
  });
});

describe('the directions of a table’s indicators', () => {
  const names = ['Увеличение доли граждан', 'Доля отказов', 'Количество простых обращений', 'Снижение доли домов', ''];
  const table = (seed: number): IndicatorTable => ({
    title: null,
    years: [],
    subprograms: [0, 1].map((s) => ({
      number: `${s + 1}.`,
      title: `Подпрограмма ${s + 1}`,
      activities: [0, 1, 2].map((a) => ({
        number: `${s + 1}.${a + 1}.`,
        title: '',
        indicators: Array.from({ length: (seed + s + a) % 4 }, (_, k) => ({ name: names[(seed * 7 + s * 3 + a + k) % names.length], unit: '', type: '', base: null, plan: [] })),
      })),
    })),
  });

  it('are each indicator’s own, in the order of its rows, for the config asked with', () => {
    const lower: RulesConfig = { ...DEFAULT_CONFIG, directions: [{ match: 'обращений', direction: 'lower' }] };
    for (let seed = 0; seed < 20; seed++) {
      const t = table(seed);
      for (const config of [DEFAULT_CONFIG, lower, DEFAULT_CONFIG]) {
        expect(rowDirections(t, config)).toEqual(indicatorRows(t).map((r) => indicatorDirection(r.indicator.name, config)));
      }
    }
  });
});
