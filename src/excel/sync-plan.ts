// A batch of queued actions, packed into as few syncs as Excel on the web's request limit allows:
// every step says how big its request is; steps run in order, and a sync is made only when the next
// step would push the request past the budget (and once at the end).
import type { ExcelContext } from './excel-api';
import { SYNC_BUDGET_BYTES } from './request-size';

export interface PlannedStep {
  /** Estimated request size of what `enqueue` queues. */
  bytes: number;
  /** Queues the step's actions on the context (no sync). */
  enqueue(context: ExcelContext): void;
}

/** Runs the steps in order with the fewest syncs the budget allows; returns how many syncs it made. */
export async function runPlanned(context: ExcelContext, steps: readonly PlannedStep[], budget = SYNC_BUDGET_BYTES): Promise<number> {
  let syncs = 0;
  let used = 0;
  let queued = 0;
  for (const step of steps) {
    if (queued > 0 && used + step.bytes > budget) {
      await context.sync();
      syncs += 1;
      used = 0;
      queued = 0;
    }
    step.enqueue(context);
    used += step.bytes;
    queued += 1;
  }
  if (queued > 0) {
    await context.sync();
    syncs += 1;
  }
  return syncs;
}
