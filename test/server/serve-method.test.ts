// `sverka store serve --method METHOD.json` (docs/design/REPORTS.md): the coordinator's annual evaluation follows the
// store's method file — the same zod-checked file `sverka evaluate --method` takes; a bad file is refused
// before the store starts, in Russian, naming the field.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReportsOverview } from '../../src/store/contract/reports';
import { programIdOf } from '../../src/store/program-id';
import { cli, serve } from './cli-store-fixture';
import { annualReport, namedProgram } from './coordinator-scenario';
import { reportBody } from './report-fixture';
import { acceptableBody } from './store-fixture';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sverka-serve-method-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each([
  ['{"preset": "product", "decimals": 11}', 'decimals'],
  ['{"preset": "нет такой"}', 'preset'],
  ['{"preset": "default", "thresholds": [{"min": "0,9", "rating": {"ru": "высокая", "en": "high"}}]}', 'thresholds.0.min'],
  ['{"preset": "default", "capAchievment": true}', '(корень)', 'capAchievment'],
])('a bad method file %s is refused before the store starts, naming %s', async (text, field, named = field) => {
  const file = join(dir, 'bad-method.json');
  writeFileSync(file, text);
  const data = join(dir, 'never-made');
  const run = await cli(['store', 'serve', '--data', data, '--port', '0', '--method', file]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(`--method: ${file}: ${field}: `);
  expect(run.stderr).toContain(named);
  expect(run.stderr).toMatch(/[а-я]/);
  expect(run.stdout).toBe('');
  expect(existsSync(data)).toBe(false);
});

test('a missing method file is refused by name', async () => {
  const run = await cli(['store', 'serve', '--data', join(dir, 'never-made'), '--method', join(dir, 'absent.json')]);
  expect([run.code, run.stderr.trim()]).toEqual([2, `sverka store: --method: ${join(dir, 'absent.json')}: файл не найден`]);
});

test('the coordinator’s evaluation of an accepted annual report uses the store’s method (Э = СДЦ × УФ)', async () => {
  const dataDir = join(dir, 'data');
  const token = async (role: string) => (await cli(['store', 'token', 'create', '--department', 'Отдел', '--role', role, '--data', dataDir])).stdout.trim();
  const [submitter, reviewer] = [await token('submitter'), await token('reviewer')];
  const method = join(dir, 'product.json');
  writeFileSync(method, JSON.stringify({ preset: 'product', decimals: 3 }));
  const store = await serve(dataDir, ['--method', method]);
  try {
    const send = async (path: string, tokenOf: string, body: unknown, key?: string) => {
      const res = await fetch(`${store.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokenOf}`, 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
        body: JSON.stringify(body),
      });
      expect([res.status, res.status === 201 ? '' : await res.text()]).toEqual([201, '']);
    };
    const program = namedProgram('Цифровое муниципальное образование');
    const programId = programIdOf(program);
    await send('/api/v1/submissions', submitter, acceptableBody(program), 'program-1');
    await send('/api/v1/reports', submitter, reportBody(programId, { period: '2021', report: annualReport(program) }), 'report-1');
    await send(`/api/v1/programs/${programId}/reports/2021/versions/1/review`, reviewer, { decision: 'accepted', comment: '' });
    const res = await fetch(`${store.url}/api/v1/reports?year=2021`, { headers: { authorization: `Bearer ${reviewer}` } });
    const view = ReportsOverview.parse(await res.json());
    const evaluation = view.programs.find((p) => p.programId === programId)!.evaluation!.evaluation;
    expect(evaluation.method.ru).toBe('Э = СДЦ × УФ');
    // By hand (coordinator-scenario.ts): УФ = 93 478,4 / 98 398,3 = 0,95000… → 0,950; СДЦ = 1; Э = СДЦ × УФ = 0,950 (3 decimals, the file's).
    expect([evaluation.program.uf.value, evaluation.program.sdc.value, evaluation.program.e.value]).toEqual(['0.950', '1.000', '0.950']);
    expect(evaluation.program.rating).toEqual({ ru: 'высокая', en: 'high' });
  } finally {
    store.child.kill('SIGTERM');
    await store.exited;
  }
}, 180_000);
