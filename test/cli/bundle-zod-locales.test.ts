// The CLI bundle carries only the zod locales sverka calls (scripts/build-cli.mjs, ZOD_LOCALES_KEPT): zod's Russian
// messages come out of the bundle as before, and every other locale is a stand-in that says it is not there.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledCli, ROOT, type BinaryRun } from '../fixtures/cli-binary';

const home = mkdtempSync(join(tmpdir(), 'sverka-zod-locales-'));
let sverka: (args: string[]) => Promise<BinaryRun>;

beforeAll(async () => {
  sverka = await bundledCli(home);
}, 120_000);

afterAll(() => rmSync(home, { recursive: true, force: true }));

test('the bundle has no locale but Russian and English; the others are stand-ins naming themselves', () => {
  const bundle = readFileSync(join(home, 'dist', 'cli.js'), 'latin1');
  for (const locale of ['de', 'fr', 'zh-CN', 'ja', 'ar']) expect(bundle).toContain(`zod locale "${locale}" is not in the sverka bundle`);
  for (const locale of ['ru', 'en']) expect(bundle).not.toContain(`zod locale "${locale}" is not in the sverka bundle`);
});

test('zod\'s own messages still come in Russian from the bundle (an option zod refuses: --rules with a wrong value)', async () => {
  const rules = join(home, 'rules.json');
  writeFileSync(rules, JSON.stringify({ precision: 'три' }));
  const run = await sverka(['validate', join(ROOT, 'examples', 'stupino-2020-2024.xlsx'), '--rules', rules]);
  expect(run.code).toBe(2);
  // zod's Russian locale's words (z.locales.ru), not its English default's "Invalid input: expected number".
  expect(run.stderr).toContain('precision: Неверный ввод: ожидается число, получено: строка');
}, 60_000);
