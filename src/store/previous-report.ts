// What R005 compares a report with: the previous period's latest accepted report of the same year, as the
// store itself takes it when a report is pushed (docs/design/REPORTS.md). The pane and the CLI (validate
// --store, push) ask the store for it the same way, so neither passes a report the store then refuses.
import type { ProgramReport } from '../domain/reporting/model';
import { periodKey, previousPeriod, type ReportPeriod } from '../domain/reporting/period';
import { StoreApiError, type StoreClient } from './client';

/** What is asked of the store: the client, or in tests the same client over app.inject. */
export type PreviousReportStore = Pick<StoreClient, 'listReportVersions' | 'getReportVersion'>;

/** The previous period's latest accepted report of the same year, or null when there is none (the first quarter, none accepted, no reports). */
export async function previousAcceptedReport(store: PreviousReportStore, programId: string, period: ReportPeriod | null): Promise<ProgramReport | null> {
  const before = period ? previousPeriod(period) : null;
  if (!before) return null;
  const key = periodKey(before);
  try {
    const accepted = (await store.listReportVersions(programId, key)).versions.filter((v) => v.status === 'accepted').at(-1);
    return accepted ? (await store.getReportVersion(programId, key, accepted.version)).report : null;
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 404) return null;
    throw error;
  }
}
