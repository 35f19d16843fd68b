// DEFAULT_CONFIG is written without zod (src/domain/config.ts), so that validate loads none: it must be what the
// schema makes of `{}`, field by field.
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { RulesConfig } from '../../src/domain/config-schema';

describe('the default rules config', () => {
  it('is what the schema makes of {}', () => {
    expect(RulesConfig.parse({})).toEqual(DEFAULT_CONFIG);
  });

  it('passes the schema as it is', () => {
    expect(RulesConfig.parse(DEFAULT_CONFIG)).toEqual(DEFAULT_CONFIG);
  });
});
