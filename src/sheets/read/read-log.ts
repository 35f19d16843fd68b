// What reading leaves behind besides the model: the cell of every path read (provenance) and the
// issues found on the way (S002, S004, S005, S008), which the structure rules relay as findings.
import type { Path } from '../../domain/paths';
import type { CellRef } from '../../domain/provenance';
import type { MessageData, ReadIssue } from '../../domain/rules/define-rule';
import type { RuleId } from '../../domain/rules/catalogue';
import type { TableReading } from '../../domain/read-summary';
import { ReadProvenance } from './read-provenance';

export class ReadLog {
  /** A Map of path → cell; an indicator's row is one record until its paths are asked for (read-provenance.ts). */
  readonly provenance = new ReadProvenance();
  readonly issues: ReadIssue[] = [];
  /** What each table read was, for the report's "Прочитано: …". */
  readonly tables: TableReading[] = [];

  read(table: TableReading): void {
    this.tables.push(table);
  }

  /** Keeps the first cell recorded for a path: a value read twice stays where it was first seen. */
  record(path: Path, ref: CellRef): void {
    this.provenance.recordFirst(path, ref);
  }

  issue(rule: RuleId, messageId: string, at: CellRef, path: Path | null, data: MessageData): void {
    this.issues.push({ rule, messageId, path, sheet: at.sheet, cell: at.cell, data });
  }
}
