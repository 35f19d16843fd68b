import { DEFAULT_CONFIG, RulesConfig } from '../../src/domain/config';
import { indicatorDirection } from '../../src/domain/indicator-direction';

describe('the direction of an indicator', () => {
  it.each([
    ['Уровень удовлетворенности граждан качеством предоставления государственных и муниципальных услуг', 'higher'],
    ['Увеличение доли граждан, использующих механизм получения государственных и муниципальных услуг в электронной форме', 'higher'],
    ['Среднее время ожидания в очереди для получения государственных (муниципальных) услуг', 'lower'],
    ['Стоимостная доля закупаемого и арендуемого ОМСУ муниципального образования Московской области иностранного ПО', 'lower'],
    ['Качественные услуги – Доля муниципальных (государственных) услуг, по которым нарушены регламентные сроки', 'lower'],
    ['Результативные услуги - Доля отказов в предоставлении муниципальных (государственных) услуг', 'lower'],
    ['Отложенные решения -Доля отложенных решений от числа ответов', 'lower'],
    ['Доля заявителей МФЦ, ожидающих в очереди более 11,5 минут', 'unknown'],
    ['Доля граждан, имеющих доступ к получению услуг по принципу «одного окна»', 'unknown'],
    ['Количество простых обращений', 'unknown'], // "рост" only at the start of a word
  ])('%s → %s', (name, direction) => {
    expect(indicatorDirection(name, DEFAULT_CONFIG)).toBe(direction);
  });

  it('the config\'s directions come first', () => {
    const config = RulesConfig.parse({ directions: [{ match: 'ожидающих в очереди', direction: 'lower' }, { match: 'время ожидания', direction: 'higher' }] });
    expect(indicatorDirection('Доля заявителей МФЦ, ожидающих в очереди более 11,5 минут', config)).toBe('lower');
    expect(indicatorDirection('Среднее время ожидания в очереди', config)).toBe('higher');
  });
});
