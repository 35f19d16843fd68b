// The crash check shared by bench/store-crash.ts and its test: load the store until it is killed,
// then verify in the database that every acknowledged push is there and complete, nothing partial,
// nothing that was not sent, versions 1..n per program, each with its idempotency row and audit entry.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { Program } from '../src/domain/model/program';
import { openDatabase, type DatabaseTarget } from '../src/server/db/database';
import { canonicalJson } from '../src/store/canonical-json';
import { StoreApiError, StoreClient } from '../src/store/client';
import type { SubmissionAccepted, SubmissionBodyInput } from '../src/store/contract/submission';
import { benchBodies, startChildStore } from './store-child';

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export interface Sent {
  key: string;
  body: SubmissionBodyInput;
  programSha: string;
  outcome: 'acked' | 'refused' | 'unanswered';
  accepted?: SubmissionAccepted;
}

/**
 * Loads the store with `clients` pushers and SIGKILLs it `killAfterMs` after the first acknowledged push
 * (so that a slow start on a busy machine still leaves acknowledged pushes to check), or after 60 s.
 */
export async function loadUntilKilled(url: string, token: string, clients: number, killAfterMs: number, cycle: number, kill: () => void): Promise<Sent[]> {
  const bodies = benchBodies(8);
  const client = new StoreClient({ baseUrl: url, token, retries: 0, timeoutMs: 10_000 });
  const sent: Sent[] = [];
  let stop = false;
  const killNow = (): void => {
    stop = true;
    kill();
  };
  let timer = setTimeout(killNow, 60_000);
  let firstAck = true;
  let seq = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = 0; i < 100_000 && !stop; i++) {
        const n = seq++;
        const body = bodies(n % 8, cycle * 1_000_000 + n);
        const item: Sent = { key: `crash-${cycle}-${c}-${i}`, body, programSha: sha256(canonicalJson(body.program)), outcome: 'unanswered' };
        sent.push(item);
        try {
          item.accepted = await client.submit(body, item.key);
          item.outcome = 'acked';
          if (firstAck) {
            firstAck = false;
            clearTimeout(timer);
            timer = setTimeout(killNow, killAfterMs);
          }
        } catch (error) {
          if (error instanceof StoreApiError) item.outcome = 'refused';
          // else: the store died under it — unanswered
        }
      }
    }),
  );
  clearTimeout(timer);
  return sent;
}

export interface Verdict {
  acked: number;
  unanswered: number;
  unansweredStored: number;
  problems: string[];
}

export async function verify(target: DatabaseTarget, sent: Sent[]): Promise<Verdict> {
  const problems: string[] = [];
  const database = await openDatabase(target);
  try {
    const { db } = database;
    if (database.dialect === 'sqlite') {
      const check = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db);
      if (check.rows[0]?.integrity_check !== 'ok') problems.push(`integrity_check: ${JSON.stringify(check.rows)}`);
    }
    const rows = await db.selectFrom('versions').selectAll().execute();
    const byKey = new Map(rows.map((r) => [r.idempotency_key ?? '', r]));
    const sentByKey = new Map(sent.map((s) => [s.key, s]));
    for (const row of rows) {
      if (sha256(row.payload) !== row.sha256) problems.push(`${row.program_id} v${row.version}: payload hash ≠ stored hash (partial payload)`);
      try {
        Program.parse(JSON.parse(row.payload));
        JSON.parse(row.report);
        JSON.parse(row.explanations);
      } catch {
        problems.push(`${row.program_id} v${row.version}: payload, report or explanations do not parse`);
      }
      const origin = row.idempotency_key ? sentByKey.get(row.idempotency_key) : undefined;
      if (!origin) problems.push(`${row.program_id} v${row.version}: stored but never sent (key ${row.idempotency_key})`);
      else if (origin.outcome === 'refused') problems.push(`${row.program_id} v${row.version}: stored although refused`);
      else if (origin.programSha !== row.sha256) problems.push(`${row.program_id} v${row.version}: not the program that was sent`);
    }
    const keys = await db.selectFrom('idempotency_keys').select(['key', 'program_id', 'version']).execute();
    const audits = await db.selectFrom('audit_log').select(['program_id', 'version']).where('action', '=', 'submission.accepted').execute();
    const audited = new Set(audits.map((a) => `${a.program_id}#${a.version}`));
    for (const row of rows) {
      if (!keys.some((k) => k.program_id === row.program_id && Number(k.version) === Number(row.version))) problems.push(`${row.program_id} v${row.version}: no idempotency row`);
      if (!audited.has(`${row.program_id}#${row.version}`)) problems.push(`${row.program_id} v${row.version}: no audit entry`);
    }
    const perProgram = new Map<string, number[]>();
    for (const row of rows) perProgram.set(row.program_id, [...(perProgram.get(row.program_id) ?? []), Number(row.version)]);
    for (const [id, versions] of perProgram) {
      versions.sort((a, b) => a - b);
      if (versions.some((v, i) => v !== i + 1)) problems.push(`${id}: versions are not 1..${versions.length}`);
    }
    let unansweredStored = 0;
    for (const s of sent) {
      const row = byKey.get(s.key);
      if (s.outcome === 'acked') {
        if (!row) problems.push(`acknowledged ${s.accepted!.programId} v${s.accepted!.version} (key ${s.key}) is lost`);
        else if (row.sha256 !== s.accepted!.sha256 || row.program_id !== s.accepted!.programId || Number(row.version) !== s.accepted!.version) {
          problems.push(`acknowledged ${s.key} differs in the store`);
        }
      } else if (s.outcome === 'unanswered' && row) unansweredStored++;
    }
    return { acked: sent.filter((s) => s.outcome === 'acked').length, unanswered: sent.filter((s) => s.outcome === 'unanswered').length, unansweredStored, problems };
  } finally {
    await database.close();
  }
}

export interface CycleOutcome {
  /** Right after the restart: acknowledged, unanswered, and what was wrong. */
  verdict: Verdict;
  /** After the unanswered pushes were sent again with their keys. */
  after: Verdict;
  problems: string[];
}

/**
 * One cycle: start the store, load it, SIGKILL it after `killAfterMs`, verify; restart, send the
 * unanswered pushes again with their Idempotency-Keys, read every acknowledged version back over
 * HTTP, stop the store with SIGTERM, verify again. `all` collects what was sent over the cycles.
 */
export async function crashCycle(target: DatabaseTarget, token: string, clients: number, killAfterMs: number, cycle: number, all: Sent[]): Promise<CycleOutcome> {
  const store = await startChildStore(target);
  const sent = await loadUntilKilled(store.url, token, clients, killAfterMs, cycle, () => store.child.kill('SIGKILL'));
  await store.exited;
  all.push(...sent);
  const verdict = await verify(target, all);
  const restarted = await startChildStore(target);
  try {
    const client = new StoreClient({ baseUrl: restarted.url, token, retries: 2 });
    for (const s of sent.filter((x) => x.outcome === 'unanswered')) {
      s.accepted = await client.submit(s.body, s.key);
      s.outcome = 'acked';
    }
    for (const s of all.filter((x) => x.outcome === 'acked')) {
      const v = await client.getVersion(s.accepted!.programId, s.accepted!.version);
      if (v.sha256 !== s.accepted!.sha256 || sha256(canonicalJson(v.program)) !== v.sha256) verdict.problems.push(`${s.key}: served version differs after restart`);
    }
  } finally {
    restarted.child.kill('SIGTERM');
    await restarted.exited;
  }
  const after = await verify(target, all);
  return { verdict, after, problems: [...verdict.problems, ...after.problems] };
}
