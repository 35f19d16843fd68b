// Profiling aid: pushes the corrected example in-process N times (app.inject), timing the steps.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkProgram } from '../src/domain/check-program';
import { Program } from '../src/domain/model/program';
import { buildStoreApp } from '../src/server/app';
import { createToken } from '../src/server/auth/tokens';
import { openDatabase } from '../src/server/db/database';
import { benchBodies } from './store-child';

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sverka-prof-'));
  const database = await openDatabase({ kind: 'sqlite', dataDir });
  const app = await buildStoreApp({ database, logger: false, rateLimit: false });
  const { token } = await createToken(database.db, { department: 'X', role: 'submitter' });
  const bodies = benchBodies(10);
  const n = Number(process.argv[2] ?? 200);
  const payloads = Array.from({ length: n }, (_, i) => JSON.stringify(bodies(i, i)));
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  for (let i = 0; i < 20; i++) await app.inject({ method: 'POST', url: '/api/v1/submissions', headers, payload: payloads[i] });
  let t = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const r = await app.inject({ method: 'POST', url: '/api/v1/submissions', headers, payload: payloads[i] });
    if (r.statusCode !== 201) throw new Error(r.body);
  }
  const used = process.cpuUsage(cpu);
  console.log('push ms', ((performance.now() - t) / n).toFixed(2), 'cpu ms', ((used.user + used.system) / 1000 / n).toFixed(2));
  const programs = payloads.map((p) => JSON.parse(p).program);
  t = performance.now();
  for (let i = 0; i < n; i++) Program.parse(programs[i]);
  console.log('zod parse ms', ((performance.now() - t) / n).toFixed(2));
  t = performance.now();
  const cpu2 = process.cpuUsage();
  for (let i = 0; i < n; i++) checkProgram({ program: programs[i] });
  const used2 = process.cpuUsage(cpu2);
  console.log('check ms', ((performance.now() - t) / n).toFixed(2), 'cpu ms', ((used2.user + used2.system) / 1000 / n).toFixed(2));
  await app.close();
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
}
void main();
