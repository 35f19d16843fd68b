// One defect, one finding (docs/findings.md). Rules declare the sums they check — "this cell states the sum
// of those cells" — whether they hold or not; here, after every rule ran, each mismatch that a single cell
// explains is folded under that cell. A cell explains a set of mismatches when every sum it is part of is off,
// each by what one change of that cell would make it (+δ where it is the total, −δ where it is an addend), and
// no sum it is part of holds. Among cells that explain, the one that explains most wins; between cells that
// explain the same sums, the one that states a total. An addend explains only when two totals or more disagree
// with it alike: a total that alone disagrees is the total's fault. When a tie is left, nothing is folded. A mismatch no single cell explains is reported at its total.
import { scaledDifference, toScaled, type Decimal, type Scaled } from './amount';
import type { Path } from './paths';

/** A sum as the folding sees it: where its total is, what it adds, by how much it is off. */
export interface DeclaredSum {
  /** What the sum is a part of ('funding': Приложение 1 adds up; 'passport'; 'passportFunding' …). */
  statement: string;
  path: Path;
  /**
   * `under`: a path that the addend's own is under (its row's), when its own is made only when asked for: the
   * folding makes no such path for a cell under none of the cells it looks at.
   */
  addends: readonly { path: Path; amount: Decimal | null; under?: Path }[];
  stated: Decimal | null;
  precision: number;
  /** The sum can name one of its addends as the cell at fault (it words that finding). */
  canBlameAddend: boolean;
}

/** A finding the folding asks for, in declaration order of its sum. */
export type Folded =
  /** The sum at its own total: unexplained, or the root's own finding (`affects` the other sums it explains). */
  | { kind: 'total'; sum: number; affects: number[] }
  /** The root is an addend of this sum: the sum's rule words that cell's finding; `actual` is its amount now. */
  | { kind: 'addend'; sum: number; path: Path; actual: Decimal | null; delta: Scaled; affects: number[] };

interface Candidate {
  path: Path;
  sums: number[];
  /** The cell states the total of one of its sums. */
  isTotal: boolean;
  delta: Scaled;
}

/** Which findings to report for the declared sums: each mismatch once, derived ones folded under their root. */
export function foldSums(sums: readonly DeclaredSum[]): Folded[] {
  const off = sums.map(offBy);
  // Each cell with the sums it is part of: +1 as the total, −1 as an addend.
  const membership = new Map<Path, { sum: number; sign: 1n | -1n }[]>();
  const join = (path: Path, sum: number, sign: 1n | -1n) => {
    const list = membership.get(path);
    if (list) list.push({ sum, sign });
    else membership.set(path, [{ sum, sign }]);
  };
  // A cell explains something only when a sum it is in is off: most sums hold (all of them in a valid program),
  // and only the cells of the sums that are off are looked at — each with every sum it is in, in their order.
  // (Indexed loops: a for-of makes an iterator result per step until its code is optimized, and at 100× the one
  // run of the CLI is that cold run — megabytes of them over the sums' addends.)
  const looked = new Set<Path>();
  for (let i = 0; i < sums.length; i++) {
    if (off[i] === 0n) continue;
    const { path, addends } = sums[i];
    looked.add(path);
    for (let j = 0; j < addends.length; j++) looked.add(addends[j].path);
  }
  if (looked.size === 0) return [];
  // What the looked-at cells are under ("funding/sub/2/src/x" of ".../src/x/total"): an addend under none of them
  // is none of them, and its path — a funding cell's is made when first asked for — is not made to find that out
  // (a test book's one off passport sum made every cell's path of Приложение 1, 62 000 strings at 1000×).
  const lookedUnder = new Set<Path>();
  for (const path of looked) for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) lookedUnder.add(path.slice(0, slash));
  for (let i = 0; i < sums.length; i++) {
    const { path, addends } = sums[i];
    if (looked.has(path)) join(path, i, 1n);
    for (let j = 0; j < addends.length; j++) {
      const a = addends[j];
      if (a.under !== undefined && !lookedUnder.has(a.under)) continue;
      if (looked.has(a.path)) join(a.path, i, -1n);
    }
  }

  const candidates: Candidate[] = [];
  for (const [path, members] of membership) {
    // off = sign·δ when this cell alone changed by δ: every sum it is in must be off by that same δ.
    const delta = off[members[0].sum] * members[0].sign;
    if (delta === 0n || !members.every((m) => off[m.sum] * m.sign === delta)) continue;
    const own = [...new Set(members.map((m) => m.sum))].sort((a, b) => a - b);
    const isTotal = members.some((m) => m.sign === 1n);
    // An addend is blamed only when two totals or more disagree with it alike; one total alone is its own fault.
    if (isTotal || own.length > 1) candidates.push({ path, sums: own, isTotal, delta });
  }

  // Cells that explain the same sums compete; the widest explanation goes first.
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const signature = c.sums.join(',');
    const group = groups.get(signature);
    if (group) group.push(c);
    else groups.set(signature, [c]);
  }
  const ordered = [...groups.values()].sort((a, b) => b[0].sums.length - a[0].sums.length || a[0].sums[0] - b[0].sums[0]);

  const claimed = new Set<number>();
  const out: Folded[] = [];
  for (const group of ordered) {
    const set = group[0].sums;
    if (set.some((i) => claimed.has(i))) continue;
    set.forEach((i) => claimed.add(i));
    const totals = group.filter((c) => c.isTotal);
    const root = group.length === 1 ? group[0] : totals.length === 1 ? totals[0] : null;
    const findings = root ? rootFindings(root, sums) : null;
    if (findings) out.push(...findings);
    else for (const i of set) out.push({ kind: 'total', sum: i, affects: [] }); // no one cell to blame
  }
  sums.forEach((_, i) => {
    if (off[i] !== 0n && !claimed.has(i)) out.push({ kind: 'total', sum: i, affects: [] });
  });
  return out.sort((a, b) => a.sum - b.sum);
}

/**
 * The root's findings: one per statement it breaks — the sum whose total it is, else a sum that can name it
 * as an addend — and every other sum it explains folded under the finding of its statement (or the first).
 * Null when no sum can word a finding at the root.
 */
function rootFindings(root: Candidate, sums: readonly DeclaredSum[]): Folded[] | null {
  const byStatement = new Map<string, number[]>();
  for (const i of root.sums) {
    const list = byStatement.get(sums[i].statement);
    if (list) list.push(i);
    else byStatement.set(sums[i].statement, [i]);
  }
  const findings = new Map<string, Folded>();
  for (const [statement, members] of byStatement) {
    const own = members.find((i) => sums[i].path === root.path);
    if (own !== undefined) {
      findings.set(statement, { kind: 'total', sum: own, affects: [] });
      continue;
    }
    const blamer = members.find((i) => sums[i].canBlameAddend);
    if (blamer === undefined) continue;
    const actual = sums[blamer].addends.find((a) => a.path === root.path)?.amount ?? null;
    findings.set(statement, { kind: 'addend', sum: blamer, path: root.path, actual, delta: root.delta, affects: [] });
  }
  const first = [...findings.values()][0];
  if (!first) return null;
  for (const [statement, members] of byStatement) {
    const into = findings.get(statement) ?? first;
    // An addend's finding also names its own sum's total; a total's finding is that sum.
    for (const i of members) if (!(into.kind === 'total' && i === into.sum)) into.affects.push(i);
  }
  return [...findings.values()];
}

/**
 * By how much a sum is off: stated − Σ addends, exactly. In JavaScript numbers while every amount is a safe
 * integer at the precision and so is the sum of their magnitudes (then every step is exact); else in BigInt.
 */
function offBy(s: DeclaredSum): Scaled {
  const { precision } = s;
  const off = scaledDifference(s.stated, s.addends, precision);
  if (!Number.isNaN(off)) return off === 0 ? 0n : BigInt(off);
  return scaled(s.stated, precision) - s.addends.reduce((acc, a) => acc + scaled(a.amount, precision), 0n);
}

function scaled(d: Decimal | null, precision: number): Scaled {
  return d === null ? 0n : toScaled(d, precision);
}
