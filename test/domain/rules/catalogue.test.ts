// The catalogue is the product's contract: every id has exactly one rule module (in its area's folder,
// registered in catalogue order), a test file and a section in docs/rules.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_CATALOGUE, RULE_IDS } from '../../../src/domain/rules/catalogue';
import { ALL_RULES } from '../../../src/domain/rules/index';
import { renderRulesDoc } from './rules-doc';

const root = join(__dirname, '../../..');
const filesOf = (dir: string, id: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith(`${id}-`)) : []);
const modulesOf = (dir: string, id: string) => filesOf(dir, id).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const testsOf = (dir: string, id: string) => filesOf(dir, id).filter((f) => f.endsWith('.test.ts'));
const docs = readFileSync(join(root, 'docs/rules.md'), 'utf8');

describe('the rule catalogue', () => {
  it('docs/rules.md is up to date with the rules (npm run docs:rules)', () => {
    expect(docs).toBe(renderRulesDoc());
  });

  it('ALL_RULES holds every catalogue id once, in catalogue order', () => {
    expect(ALL_RULES.map((r) => r.meta.id)).toEqual(RULE_IDS);
  });

  describe.each(RULE_IDS)('%s', (id) => {
    const { area, severity } = RULE_CATALOGUE[id];
    const rule = ALL_RULES.find((r) => r.meta.id === id)!;

    it(`has exactly one module in src/domain/rules/${area}/`, () => {
      expect(modulesOf(join(root, 'src/domain/rules', area), id)).toHaveLength(1);
    });

    it(`has a test file in test/domain/rules/${area}/`, () => {
      expect(testsOf(join(root, 'test/domain/rules', area), id)).toHaveLength(1);
    });

    it('has a section in docs/rules.md with its title and default severity', () => {
      const section = docs.split(/^## /m).find((s) => s.startsWith(`${id} `));
      expect(section).toBeDefined();
      expect(section).toContain(rule.meta.title.ru);
      expect(section).toContain(`**${severity}**`);
    });

    it('has Russian and English for its title, description and every message', () => {
      const texts = [rule.meta.title, rule.meta.description, ...Object.values(rule.meta.messages)];
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
      for (const t of texts) {
        expect(t.ru).toMatch(/[а-яё]/i);
        expect(t.en).toMatch(/[a-z]/i);
      }
    });

    it('uses the same placeholders in Russian and English', () => {
      for (const m of Object.values(rule.meta.messages)) {
        const names = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((x) => x[1].replace(/En$/, '')).sort();
        expect([...new Set(names(m.en))]).toEqual([...new Set(names(m.ru))]);
      }
    });
  });
});
