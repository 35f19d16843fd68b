// The store's tables as Kysely sees them. Every table is append-only: rows are inserted, never
// updated or deleted (triggers refuse it, see migrations.ts). Times are ISO-8601 UTC text.

export interface TokensTable {
  /** "tok_…": shown in logs, the audit log and the history; the token itself is never stored. */
  id: string;
  /** SHA-256 (hex) of the bearer token. */
  token_hash: string;
  department: string;
  role: string;
  label: string | null;
  created_at: string;
  /** The instant the token stops being accepted (ISO-8601 UTC), or null for no expiry. */
  expires_at: string | null;
}

/** A token taken back: accepted no more from the next request on. */
export interface TokenRevocationsTable {
  token_id: string;
  revoked_at: string;
  reason: string;
  /** Who revoked it: a token id, or "cli" for `sverka store token revoke` on the server. */
  revoked_by: string;
}

/**
 * A change of the department a program is bound to, numbered from 1 per program; the latest row wins
 * over `programs.department`. `department` null: bound to none (an admin pushed first).
 */
export interface ProgramDepartmentsTable {
  program_id: string;
  seq: number;
  department: string | null;
  /** Who: the admin's token id, the binding submitter's, or null for the CLI. */
  token_id: string | null;
  reason: string;
  assigned_at: string;
}

export interface ProgramsTable {
  program_id: string;
  municipality: string;
  title: string;
  period_from: number;
  period_to: number;
  /**
   * The department of the first accepted push: only its submitters (and admins) push later versions,
   * until a row of program_departments says otherwise.
   */
  department: string;
  created_by: string;
  created_at: string;
}

export interface VersionsTable {
  program_id: string;
  version: number;
  /** The program as canonical JSON; `sha256` is over exactly this text. */
  payload: string;
  sha256: string;
  /** The explanations of the version's warnings, JSON object keyed by finding key. */
  explanations: string;
  /** The report the store computed (JSON). */
  report: string;
  department: string;
  token_id: string;
  idempotency_key: string | null;
  created_at: string;
  /** The legal basis given with the version («постановление от 12.03.2021 № 715-п»), or null. */
  basis: string | null;
}

export interface ReviewsTable {
  program_id: string;
  version: number;
  review: number;
  decision: string;
  comment: string;
  department: string;
  token_id: string;
  created_at: string;
}

export interface AuditLogTable {
  id: string;
  at: string;
  /** Who: the token's id, department and role (null when no valid token was given). */
  token_id: string | null;
  department: string | null;
  role: string | null;
  /** What: "submission.accepted", "submission.refused", "review.created", "token.created", "auth.denied" … */
  action: string;
  program_id: string | null;
  version: number | null;
  /** HTTP status given, or 0 for actions outside HTTP (the CLI). */
  status: number;
  /** From where: the client's address and user agent. */
  remote_address: string | null;
  user_agent: string | null;
  details: string | null;
}

export interface IdempotencyKeysTable {
  token_id: string;
  key: string;
  /** SHA-256 of the canonical JSON of the request body: a different body with the same key is a 409. */
  request_sha256: string;
  program_id: string;
  version: number;
  /** The answer given the first time (JSON). */
  response: string;
  created_at: string;
}

/**
 * A version of a program × period's report (docs/design/REPORTS.md): numbered from 1 per program and period, referring
 * to the program version its plan comes from.
 */
export interface ReportsTable {
  program_id: string;
  /** "2021-Q1", "2021-Q2", "2021-Q3", "2021" (annual). */
  period: string;
  year: number;
  /** 1–3 for quarterly reports, 4 for the annual one. */
  quarters: number;
  version: number;
  program_version: number;
  /** The report as canonical JSON; `sha256` is over exactly this text. */
  payload: string;
  sha256: string;
  /** The explanations of the report's warnings, JSON object keyed by finding key. */
  explanations: string;
  /** The findings the store computed (a Report, JSON). */
  check_result: string;
  department: string;
  token_id: string;
  idempotency_key: string | null;
  created_at: string;
}

export interface ReportReviewsTable {
  program_id: string;
  period: string;
  version: number;
  review: number;
  decision: string;
  comment: string;
  department: string;
  token_id: string;
  created_at: string;
}

/** Idempotency keys of report pushes (program pushes keep theirs in idempotency_keys). */
export interface ReportIdempotencyKeysTable {
  token_id: string;
  key: string;
  request_sha256: string;
  program_id: string;
  period: string;
  version: number;
  response: string;
  created_at: string;
}

export interface StoreSchema {
  tokens: TokensTable;
  programs: ProgramsTable;
  versions: VersionsTable;
  reviews: ReviewsTable;
  audit_log: AuditLogTable;
  idempotency_keys: IdempotencyKeysTable;
  token_revocations: TokenRevocationsTable;
  program_departments: ProgramDepartmentsTable;
  reports: ReportsTable;
  report_reviews: ReportReviewsTable;
  report_idempotency_keys: ReportIdempotencyKeysTable;
}

/** Every table: the store checks at start that each still has its guards (db/append-only-guards.ts). */
export const APPEND_ONLY_TABLES = ['tokens', 'programs', 'versions', 'reviews', 'audit_log', 'idempotency_keys', 'token_revocations', 'program_departments', 'reports', 'report_reviews', 'report_idempotency_keys'] as const;
