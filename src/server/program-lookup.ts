// Finding a program: ids are slugs (program-id.ts), so a parameter that is not one — U+0000, quotes,
// 2 000 characters — is no program, answered 404 without asking the database (PostgreSQL cannot even
// take U+0000 as a parameter). And the department a program is bound to, as of its latest assignment.
import type { Kysely } from 'kysely';
import { MAX_SLUG_LENGTH } from '../store/program-id';
import { ApiFailure } from './api-failure';
import type { StoreSchema } from './db/schema';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The id as it may appear in a message: cut, with control characters shown as escapes. */
function shown(programId: string): string {
  const cut = programId.length > 120 ? `${programId.slice(0, 120)}…` : programId;
  return JSON.stringify(cut).slice(1, -1);
}

export function programNotFound(programId: string): ApiFailure {
  return new ApiFailure('program_not_found', `Программы ${shown(programId)} нет в хранилище.`, `No program ${shown(programId)} in the store.`, { programId: programId.slice(0, 200) });
}

export function versionNotFound(programId: string, version: number): ApiFailure {
  return new ApiFailure('version_not_found', `У программы ${programId} нет версии ${version}.`, `Program ${programId} has no version ${version}.`, { programId, version });
}

/** Throws 404 when `programId` cannot be the id of any program. */
export function assertProgramIdShape(programId: string): void {
  if (programId.length > MAX_SLUG_LENGTH || !SLUG.test(programId)) throw programNotFound(programId);
}

export interface Binding {
  /** The department whose submitters push the program; null while none is (an admin pushed it first). */
  department: string | null;
  /** The number of the latest assignment (0: the first push's binding, kept in `programs`). */
  seq: number;
}

/** The program's binding, or null when there is no such program. */
export async function bindingOf(db: Kysely<StoreSchema>, programId: string): Promise<Binding | null> {
  const program = await db.selectFrom('programs').select('department').where('program_id', '=', programId).executeTakeFirst();
  if (!program) return null;
  const latest = await db
    .selectFrom('program_departments')
    .select(['seq', 'department'])
    .where('program_id', '=', programId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return latest ? { department: latest.department, seq: Number(latest.seq) } : { department: program.department, seq: 0 };
}
