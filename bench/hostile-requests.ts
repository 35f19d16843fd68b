// Hostile requests to the store (as its own process, SQLite): bodies past the limit, JSON nested a
// million deep, objects of hundreds of thousands of keys, a megabyte-long basis, 2 000 requests
// without a token. Each must be answered in our JSON shape with a 4xx within 10 s, the store's peak
// memory must stay under 1 GB, and the store must answer /healthz after each one.
import { Agent, request } from 'node:http';
import { readFileSync } from 'node:fs';
import { benchBodies, benchTargets, benchToken, startChildStore, type BenchTarget } from './store-child';

export interface HostileRequest {
  name: string;
  /** How many requests the case sends (the time is for all of them). */
  count?: number;
  method: string;
  path: string;
  body?: () => string | Buffer;
  withToken: boolean;
  /** The status every answer must have. */
  status: number;
}

const program = () => benchBodies(1)(0, null);

export const HOSTILE_REQUESTS: HostileRequest[] = [
  { name: 'тело в 50 МБ', method: 'POST', path: '/api/v1/submissions', body: () => Buffer.alloc(50 << 20, 0x20), withToken: true, status: 413 },
  { name: 'JSON, вложенный на 2 500 000 уровней', method: 'POST', path: '/api/v1/submissions', body: () => '['.repeat(2_500_000) + ']'.repeat(2_500_000), withToken: true, status: 400 },
  { name: 'программа, вложенная на 800 000 объектов', method: 'POST', path: '/api/v1/submissions', body: () => `{"program":${'{"a":'.repeat(800_000)}1${'}'.repeat(800_000)}}`, withToken: true, status: 400 },
  {
    name: 'пояснения: 300 000 ключей',
    method: 'POST',
    path: '/api/v1/submissions',
    body: () => JSON.stringify({ ...program(), explanations: Object.fromEntries(Array.from({ length: 300_000 }, (_, i) => [`K${i}`, 'x'])) }),
    withToken: true,
    status: 400,
  },
  { name: 'основание в 4 МБ', method: 'POST', path: '/api/v1/submissions', body: () => JSON.stringify({ ...program(), basis: 'я'.repeat(2_000_000) }), withToken: true, status: 400 },
  { name: 'массив из 1 000 000 подпрограмм', method: 'POST', path: '/api/v1/submissions', body: () => JSON.stringify({ ...program(), program: { ...program().program, funding: { ...program().program.funding, subprograms: Array(1_000_000).fill(0) } } }), withToken: true, status: 400 },
  {
    name: '29 подпрограмм по 10 000 пустых источников',
    method: 'POST',
    path: '/api/v1/submissions',
    body: () => JSON.stringify({ ...program(), program: { ...program().program, funding: { ...program().program.funding, subprograms: Array.from({ length: 29 }, () => ({ title: 'x', sources: Array.from({ length: 10_000 }, () => ({})) })) } } }),
    withToken: true,
    status: 400,
  },
  {
    name: '9 900 подпрограмм пустыми объектами',
    method: 'POST',
    path: '/api/v1/submissions',
    body: () => JSON.stringify({ ...program(), program: { ...program().program, funding: { ...program().program.funding, subprograms: Array.from({ length: 9_900 }, () => ({})) } } }),
    withToken: true,
    status: 400,
  },
  { name: '2 000 запросов без токена (по 16 сразу)', count: 2_000, method: 'GET', path: '/api/v1/programs', withToken: false, status: 429 },
  { name: 'id программы с U+0000', method: 'GET', path: '/api/v1/programs/a%00b/versions', withToken: true, status: 404 },
];

interface Answer {
  status: number;
  text: string;
}

function send(agent: Agent, url: URL, c: HostileRequest, token: string | null, body: string | Buffer | undefined): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    const req = request({ agent, host: url.hostname, port: url.port, method: c.method, path: c.path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk.length + text.length < 100_000 ? chunk : ''));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      res.on('error', reject);
    });
    // The store may answer (413) and close before the whole body is sent.
    req.on('error', (error) => reject(error));
    req.end(body);
  });
}

/** Peak resident memory of a process in MB (VmHWM, Linux). */
function peakMb(pid: number | undefined): number {
  const m = /VmHWM:\s*(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/**
 * Runs the cases against the store on SQLite, and on PostgreSQL too when DATABASE_URL is set; prints each
 * with its figures and bounds; returns how many passed a bound or broke the store.
 */
export async function runHostileRequests(limits: { ms: number; mb: number }): Promise<number> {
  let failed = 0;
  for (const bench of benchTargets()) failed += await runOn(bench, limits);
  if (!process.env.DATABASE_URL) console.log('  (PostgreSQL не проверен: DATABASE_URL не задан)');
  return failed;
}

async function runOn(bench: BenchTarget, limits: { ms: number; mb: number }): Promise<number> {
  const token = await benchToken(bench.target);
  const store = await startChildStore(bench.target);
  const url = new URL(store.url);
  let failed = 0;
  try {
    console.log(`Враждебные запросы к хранилищу (отдельный процесс, ${bench.name === 'sqlite' ? 'SQLite' : 'PostgreSQL'}), пределы: ${limits.ms / 1000} с, ${limits.mb} МБ; после каждого — /healthz`);
    for (const c of HOSTILE_REQUESTS) {
      const body = c.body?.();
      const agent = new Agent({ keepAlive: true, maxSockets: 16 });
      const t = performance.now();
      let answers: Answer[] = [];
      let error: string | null = null;
      try {
        const count = c.count ?? 1;
        for (let i = 0; i < count; i += 16) {
          answers = answers.concat(await Promise.all(Array.from({ length: Math.min(16, count - i) }, () => send(agent, url, c, c.withToken ? token : null, body))));
        }
      } catch (e) {
        error = (e as Error).message;
      }
      const ms = performance.now() - t;
      agent.destroy();
      const health = await fetch(new URL('/healthz', url)).then((r) => r.status, () => 0);
      const mb = peakMb(store.child.pid);
      const last = answers[answers.length - 1];
      // Requests without a token: the first 60 of the minute are 401, the rest 429.
      const statuses = [...new Set(answers.map((a) => a.status))].sort();
      const shapeOk = answers.every((a) => { try { return typeof JSON.parse(a.text).error === 'string'; } catch { return false; } });
      const statusOk = c.count ? statuses.every((s) => s === c.status || s === 401) : last?.status === c.status;
      const ok = error === null && ms <= limits.ms && mb <= limits.mb && health === 200 && statusOk && shapeOk;
      if (!ok) failed += 1;
      const code = last ? `${statuses.join('/')} ${JSON.parse(last.text).error as string}` : `ошибка: ${error}`;
      console.log(`  ${ok ? 'ok ' : 'НЕТ'} ${c.name.padEnd(48)} ${ms.toFixed(0).padStart(6)} мс (≤ ${limits.ms}) ${mb.toFixed(0).padStart(5)} МБ пик хранилища (≤ ${limits.mb})  ${code}; /healthz ${health}`);
    }
  } finally {
    store.child.kill('SIGTERM');
    await store.exited;
    await bench.cleanup();
  }
  return failed;
}
