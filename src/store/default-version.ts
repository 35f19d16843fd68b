// The version a person means when they name a program but no version: the latest accepted one, else the
// latest (the pane's report choice, `sverka report template --store`, `sverka validate --store`, `sverka push`).
import type { SubmissionStatus } from './contract/submission';

export function defaultVersion(versions: readonly { version: number; status: SubmissionStatus }[]): number | null {
  const accepted = versions.filter((v) => v.status === 'accepted');
  return (accepted.length > 0 ? accepted : versions).at(-1)?.version ?? null;
}
