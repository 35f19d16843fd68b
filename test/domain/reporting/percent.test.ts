import { achievementPercent, executionPercent, isReached } from '../../../src/domain/reporting/percent';
import { roundRatio } from '../../../src/domain/reporting/ratio';

const plain = (value: string) => ({ value, bound: null });

describe('percentages of the forms', () => {
  it.each([
    ['98000.0', '98398.3', 1, '99.6'],
    ['0', '98398.3', 1, '0.0'],
    ['16050.3', '16050.3', 1, '100.0'],
    ['1', '3', 2, '33.33'],
  ])('execution: %s of %s is %s %%', (spent, plan, places, percent) => {
    const r = executionPercent(spent, plan);
    expect(r && roundRatio(r, places)).toBe(percent);
  });

  it('no percentage of a zero or empty plan (nothing divided by zero)', () => {
    expect(executionPercent('5.0', '0')).toBeNull();
    expect(executionPercent('5.0', null)).toBeNull();
  });

  it.each([
    ['95.2', plain('94.8'), 'higher', '100.4'],
    ['9.5', plain('11'), 'lower', '115.8'],
    ['20', plain('18'), 'lower', '90.0'],
    ['97', plain('100'), 'unknown', '97.0'],
  ] as const)('achievement: fact %s, plan %o, %s is better: %s %%', (fact, plan, direction, percent) => {
    const r = achievementPercent(fact, plan, direction);
    expect(r && roundRatio(r, 1)).toBe(percent);
  });

  it('"не менее 85" is reached by any fact of 85 or more, "не более 5" by any fact of 5 or less', () => {
    expect(isReached('85', { value: '85', bound: 'min' }, 'lower')).toBe(true);
    expect(isReached('84.9', { value: '85', bound: 'min' }, 'higher')).toBe(false);
    expect(isReached('5', { value: '5', bound: 'max' }, 'higher')).toBe(true);
    expect(isReached('2.38', plain('11.5'), 'lower')).toBe(true);
    expect(isReached('12', plain('11.5'), 'lower')).toBe(false);
  });
});
