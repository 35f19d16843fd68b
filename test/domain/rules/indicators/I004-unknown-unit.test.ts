import { DEFAULT_UNITS } from '../../../../src/domain/config';
import { paths } from '../../../../src/domain/paths';
import { closeUnit, unknownUnit } from '../../../../src/domain/rules/indicators/I004-unknown-unit';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';
import { foldUnit } from '../../../../src/domain/indicator-units';

const program = buildProgram();
const unit = (u: string) => edit(program, (p) => { p.indicators!.subprograms[1].activities[1].indicators[0].unit = u; });

ruleTester.run(unknownUnit, {
  valid: [
    { name: '%, минута, единиц', program },
    { name: 'an abbreviation without its dot, other case', program: unit('Шт') },
    { name: 'a unit added in the config', program: unit('посещений'), config: { units: [...DEFAULT_UNITS, 'посещений'] } },
  ],
  invalid: [
    {
      name: 'a misspelt unit, with the nearest one',
      program: unit('едениц'),
      errors: [{ messageId: 'unknownUnit', path: paths.indicatorField(1, 1, 0, 'unit') , data: { expected: 'единиц', actual: 'едениц' }, message: { ru: 'Приложение 2, показатель 2.2. «Количество современных компьютеров на 100 обучающихся»: единицы измерения «едениц» нет в справочнике; возможно, «единиц»', en: 'Annex 2, indicator 2.2. "Количество современных компьютеров на 100 обучающихся": the unit "едениц" is not in the dictionary; did you mean "единиц"?' } }],
    },
    {
      name: 'a unit nothing in the dictionary is a typo away from: no suggestion',
      program: unit('посещений'),
      errors: [{ messageId: 'unknownUnitNoSuggestion', path: paths.indicatorField(1, 1, 0, 'unit'), data: { actual: 'посещений' }, message: { ru: 'Приложение 2, показатель 2.2. «Количество современных компьютеров на 100 обучающихся»: единицы измерения «посещений» нет в справочнике; выберите единицу из справочника или добавьте эту в настройки', en: 'Annex 2, indicator 2.2. "Количество современных компьютеров на 100 обучающихся": the unit "посещений" is not in the dictionary; choose a unit from the dictionary or add this one to the settings' } }],
    },
  ],
});

describe('a suggestion only when it is a typo away', () => {
  it.each([
    ['едениц', 'единиц'],
    ['процентов', 'процент'],
    ['Человек.', 'человек'],
  ])('"%s" → "%s"', (typed, nearest) => expect(closeUnit(typed, DEFAULT_UNITS)).toBe(nearest));
  it.each(['посещений', 'процентов от общего числа', 'рубли в год', 'Сверхдлинноеслово'])('"%s": none', (typed) => expect(closeUnit(typed, DEFAULT_UNITS)).toBeNull());
});

describe('units are compared without dots and spaces', () => {
  it.each(['тыс.человек', 'Тыс. Человек', 'тыс. человек', 'кв.м', 'тыс.руб.'])('"%s" is in the dictionary', (unit) => {
    const known = ['тыс. человек', 'кв. м', 'тыс. руб.'].map(foldUnit);
    expect(known).toContain(foldUnit(unit));
  });
});
