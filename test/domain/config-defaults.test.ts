// The default lists are shared: DEFAULT_CONFIG holds them by reference (validate's and the store's runs of one
// process all use it), so it is frozen to its lists; a config the schema makes of `{}` gets copies (zod copies a
// default value into each parse). Nothing done through a config may change the defaults for a later run.
import {
  CHANGE_STEMS,
  DEFAULT_CONFIG,
  DEFAULT_HIGHER_IS_BETTER,
  DEFAULT_INDICATOR_TYPES,
  DEFAULT_LOWER_IS_BETTER,
  DEFAULT_SOURCES,
  DEFAULT_UNITS,
  type RulesConfig,
} from '../../src/domain/config';
import { RulesConfig as RulesConfigSchema } from '../../src/domain/config-schema';

const LISTS = ['units', 'indicatorTypes', 'sources', 'directions', 'higherIsBetter', 'lowerIsBetter'] as const;

describe('the default rules config', () => {
  it('is frozen, to every list it holds', () => {
    expect(Object.isFrozen(DEFAULT_CONFIG)).toBe(true);
    expect(Object.isFrozen(DEFAULT_CONFIG.severity)).toBe(true);
    for (const field of LISTS) expect([field, Object.isFrozen(DEFAULT_CONFIG[field])]).toEqual([field, true]);
    for (const list of [DEFAULT_UNITS, DEFAULT_INDICATOR_TYPES, DEFAULT_SOURCES, DEFAULT_HIGHER_IS_BETTER, DEFAULT_LOWER_IS_BETTER, CHANGE_STEMS]) {
      expect(Object.isFrozen(list)).toBe(true);
    }
  });

  it('cannot be changed through DEFAULT_CONFIG', () => {
    const units = [...DEFAULT_UNITS];
    expect(() => DEFAULT_CONFIG.units.push('посещений')).toThrow(TypeError);
    expect(() => DEFAULT_CONFIG.sources.splice(0, 1)).toThrow(TypeError);
    expect(() => DEFAULT_CONFIG.directions.push({ match: 'обращений', direction: 'lower' })).toThrow(TypeError);
    expect(() => {
      (DEFAULT_CONFIG.severity as RulesConfig['severity']).F001 = 'off';
    }).toThrow(TypeError);
    expect(() => {
      (DEFAULT_CONFIG as { precision: number }).precision = 3;
    }).toThrow(TypeError);
    expect(DEFAULT_UNITS).toEqual(units);
    expect(DEFAULT_CONFIG.severity).toEqual({});
  });

  it('gives every config the schema makes its own lists, which change no default', () => {
    const config = RulesConfigSchema.parse({});
    for (const field of LISTS) expect([field, config[field] === DEFAULT_CONFIG[field]]).toEqual([field, false]);
    const before = LISTS.map((field) => [...DEFAULT_CONFIG[field]]);
    config.units.push('посещений');
    config.indicatorTypes.push('Новый');
    config.sources.pop();
    config.directions.push({ match: 'обращений', direction: 'lower' });
    config.higherIsBetter.length = 0;
    config.lowerIsBetter.sort();
    config.severity.F001 = 'off';
    expect(LISTS.map((field) => [...DEFAULT_CONFIG[field]])).toEqual(before);
    expect(DEFAULT_CONFIG.severity).toEqual({});
    expect(RulesConfigSchema.parse({})).toEqual(DEFAULT_CONFIG);
  });
});
