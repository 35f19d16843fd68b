// An admin binds a program to another department (a reorganisation, a program handed over): a new row of
// program_departments, audited with the department it had before. The same function serves the API
// (an admin's token) and `sverka store program assign` on the server (no token: the CLI).
import type { DepartmentAssignment } from '../store/contract/programs';
import { ApiFailure } from './api-failure';
import { auditRow, type RequestOrigin } from './audit';
import { cliOrigin, type TokenHolder } from './auth/tokens';
import type { StoreDatabase } from './db/database';
import { withConflictRetry } from './db/transient-conflict';
import { assertProgramIdShape, bindingOf, programNotFound } from './program-lookup';

export async function reassignDepartment(
  database: StoreDatabase,
  request: { holder: TokenHolder | null; programId: string; department: string; reason: string; from?: RequestOrigin },
): Promise<DepartmentAssignment> {
  const { holder, programId, department, reason } = request;
  assertProgramIdShape(programId);
  const from = request.from ?? cliOrigin('program assign');
  return withConflictRetry(() =>
    database.write(async (trx) => {
      const binding = await bindingOf(trx, programId);
      if (!binding) throw programNotFound(programId);
      if (binding.department === department) {
        throw new ApiFailure(
          'invalid_request',
          `Программа ${programId} уже закреплена за отделом «${department}».`,
          `Program ${programId} already belongs to department "${department}".`,
          { programId, department },
        );
      }
      const assignment: DepartmentAssignment = {
        programId,
        department,
        previous: binding.department,
        reason: reason.trim(),
        tokenId: holder?.tokenId ?? 'cli',
        assignedAt: new Date().toISOString(),
      };
      await trx
        .insertInto('program_departments')
        .values({ program_id: programId, seq: binding.seq + 1, department, token_id: holder?.tokenId ?? null, reason: assignment.reason, assigned_at: assignment.assignedAt })
        .execute();
      await trx
        .insertInto('audit_log')
        .values(
          auditRow({
            action: 'program.department_assigned',
            status: holder ? 201 : 0,
            holder,
            programId,
            from,
            at: assignment.assignedAt,
            details: { department, previous: binding.department, reason: assignment.reason },
          }),
        )
        .execute();
      return assignment;
    }),
  );
}
