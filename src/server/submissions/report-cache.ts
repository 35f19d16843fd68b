// The report of a program is a pure function of its content (the rules and their config are fixed
// for the server's lifetime), so the reports of recent payloads are kept by their SHA-256: a person
// who pushes again after a refusal (to add explanations), or a client that retries, is not checked twice —
// by the same thread: each check worker keeps its own cache (check-worker.ts), and a push that another worker
// takes is checked again there.
import { checkProgram } from '../../domain/check-program';
import type { Program } from '../../domain/model/program';
import type { Report } from '../../domain/report';

export class ReportCache {
  private readonly reports = new Map<string, Report>();

  constructor(private readonly capacity = 256) {}

  reportOf(program: Program, sha256: string): Report {
    const known = this.reports.get(sha256);
    if (known) {
      this.reports.delete(sha256);
      this.reports.set(sha256, known);
      return known;
    }
    const report = checkProgram({ program });
    this.reports.set(sha256, report);
    if (this.reports.size > this.capacity) this.reports.delete(this.reports.keys().next().value as string);
    return report;
  }
}
