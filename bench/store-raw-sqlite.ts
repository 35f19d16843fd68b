// The engine's own rate, for bench:store to print beside the store's: better-sqlite3 alone, on a file
// made by the store's migrations (same tables, indexes and append-only triggers), with the pragmas
// read back from a connection the store itself opened (so they are the same whatever database.ts
// sets), writing what a push writes — the statements of the push's write transaction, with the same
// payload, report, explanations and audit row — for distinct programs in turn, as 16 clients would.
// No HTTP, no JSON parsing, no validation: this is the ceiling the store is measured against.
// Two figures: a commit per push, and a commit per `batch` pushes (what the store's group commit can do
// when 16 clients wait at once).
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { checkProgram } from '../src/domain/check-program';
import { createToken } from '../src/server/auth/tokens';
import { openDatabase, SQLITE_FILE } from '../src/server/db/database';
import { sha256Hex } from '../src/server/submissions/push-submission';
import { canonicalJson, canonicalSubmission } from '../src/store/canonical-json';
import { programIdOf } from '../src/store/program-id';
import type { SubmissionBodyInput } from '../src/store/contract/submission';
import { Program } from '../src/domain/model/program';

export const SAME_PRAGMAS = ['journal_mode', 'synchronous', 'busy_timeout', 'foreign_keys', 'recursive_triggers'] as const;

export interface RawRate {
  commitEvery: number;
  pushes: number;
  seconds: number;
  perSecond: number;
  pragmas: Record<string, string>;
}

interface Prepared {
  programId: string;
  municipality: string;
  title: string;
  from: number;
  to: number;
  payload: string;
  sha256: string;
  requestSha: string;
  explanations: string;
  report: string;
  warnings: number;
}

/** What each push of program k, edition e writes, made before the clock starts. */
function prepare(bodies: (k: number, edition: number | null) => SubmissionBodyInput, programs: number, editions: number): Prepared[][] {
  return Array.from({ length: programs }, (_, k) =>
    Array.from({ length: editions }, (_, e) => {
      const body = bodies(k, e);
      const program = Program.parse(body.program);
      const payload = canonicalJson(program);
      const report = checkProgram({ program });
      const explanations = body.explanations ?? {};
      return {
        programId: programIdOf(program),
        municipality: program.municipality,
        title: program.title,
        from: program.period.from,
        to: program.period.to,
        payload,
        sha256: sha256Hex(payload),
        requestSha: sha256Hex(canonicalSubmission(payload, explanations, null)),
        explanations: JSON.stringify(explanations),
        report: JSON.stringify(report),
        warnings: report.summary.warning,
      };
    }),
  );
}

export async function rawSqliteRate(options: {
  bodies: (k: number, edition: number | null) => SubmissionBodyInput;
  programs: number;
  seconds: number;
  commitEvery: number;
}): Promise<RawRate> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sverka-bench-raw-'));
  try {
    const department = 'Управление информационных технологий';
    const store = await openDatabase({ kind: 'sqlite', dataDir });
    const pragmas: Record<string, string> = {};
    let tokenId: string;
    try {
      for (const name of SAME_PRAGMAS) {
        const { rows } = await sql<Record<string, unknown>>`${sql.raw(`PRAGMA ${name}`)}`.execute(store.db);
        pragmas[name] = String(Object.values(rows[0] ?? {})[0]);
      }
      tokenId = (await createToken(store.db, { department, role: 'submitter' })).tokenId;
    } finally {
      await store.close();
    }
    const db = new Database(join(dataDir, SQLITE_FILE));
    try {
      for (const name of SAME_PRAGMAS) db.pragma(`${name} = ${pragmas[name]}`);
      const editions = 8;
      const work = prepare(options.bodies, options.programs, editions);
      const statements = {
        replay: db.prepare('SELECT request_sha256, response FROM idempotency_keys WHERE token_id = ? AND key = ?'),
        program: db.prepare('SELECT department FROM programs WHERE program_id = ?'),
        assignment: db.prepare('SELECT seq, department FROM program_departments WHERE program_id = ? ORDER BY seq DESC LIMIT 1'),
        latest: db.prepare('SELECT version, sha256, created_at, basis FROM versions WHERE program_id = ? ORDER BY version DESC LIMIT 1'),
        maxVersion: db.prepare('SELECT max(version) AS v FROM versions WHERE program_id = ?'),
        insertProgram: db.prepare(
          'INSERT INTO programs (program_id, municipality, title, period_from, period_to, department, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        ),
        insertVersion: db.prepare(
          'INSERT INTO versions (program_id, version, payload, sha256, explanations, report, department, token_id, idempotency_key, created_at, basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        ),
        insertKey: db.prepare('INSERT INTO idempotency_keys (token_id, key, request_sha256, program_id, version, response, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
        insertAudit: db.prepare(
          'INSERT INTO audit_log (id, at, token_id, department, role, action, program_id, version, status, remote_address, user_agent, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        ),
      };
      const push = (p: Prepared, key: string): void => {
        const createdAt = new Date().toISOString();
        statements.replay.get(tokenId, key);
        const bound = statements.program.get(p.programId);
        statements.assignment.get(p.programId);
        if (bound) statements.latest.get(p.programId);
        else statements.insertProgram.run(p.programId, p.municipality, p.title, p.from, p.to, department, tokenId, createdAt);
        const version = Number((statements.maxVersion.get(p.programId) as { v: number | null }).v ?? 0) + 1;
        statements.insertVersion.run(p.programId, version, p.payload, p.sha256, p.explanations, p.report, department, tokenId, key, createdAt, null);
        const accepted = JSON.stringify({ programId: p.programId, version, sha256: p.sha256, status: 'submitted', createdAt, basis: null, existing: false });
        statements.insertKey.run(tokenId, key, p.requestSha, p.programId, version, accepted, createdAt);
        const details = JSON.stringify({ sha256: p.sha256, warnings: p.warnings, basis: null });
        statements.insertAudit.run(randomUUID(), createdAt, tokenId, department, 'submitter', 'submission.accepted', p.programId, version, 201, '127.0.0.1', 'bench', details);
      };
      const batch = db.transaction((items: { p: Prepared; key: string }[]) => {
        for (const item of items) push(item.p, item.key);
      });
      let n = 0;
      const next = (): { p: Prepared; key: string } => {
        const k = n % options.programs;
        const p = work[k][Math.floor(n / options.programs) % editions];
        n++;
        return { p, key: `raw-${n}-${randomUUID()}` };
      };
      // Warm-up: one push per program (binds them), not measured, as the store's run does.
      for (let k = 0; k < options.programs; k++) batch([next()]);
      const start = performance.now();
      const end = start + options.seconds * 1000;
      let pushes = 0;
      while (performance.now() < end) {
        const items = Array.from({ length: options.commitEvery }, next);
        batch.immediate(items);
        pushes += items.length;
      }
      const seconds = (performance.now() - start) / 1000;
      return { commitEvery: options.commitEvery, pushes, seconds, perSecond: pushes / seconds, pragmas };
    } finally {
      db.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
