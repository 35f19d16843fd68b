// The history over HTTP: programs, versions with their review status, one version as pushed, reviews
// (new rows, reviewers only) and the diff of two versions in the program's own terms.
import { checkProgram } from '../../src/domain/check-program';
import type { Program } from '../../src/domain/model/program';
import { ProgramDiff, type Change } from '../../src/store/contract/diff';
import { ProgramList, VersionDetail, VersionList } from '../../src/store/contract/programs';
import { addToAmount } from './amend';
import { bearer, correctedExample, edition, explainAll, makeTestStore, push, testTargets, type TestStore } from './store-fixture';
import { skippedWithoutPostgres } from './postgres-skip';

/** Moves `amount` of the extra-budgetary money of subprogram II from one year to another, everywhere it shows. */
function moveExtrabudgetary(base: Program, fromYear: number, toYear: number, delta: number): Program {
  const p = structuredClone(base);
  const f = p.funding!;
  const yi = (year: number) => f.years.findIndex((y) => y.from === year);
  const add = (d: string | null, x: number) => (Math.round((Number(d ?? '0') + x) * 10) / 10).toFixed(1);
  const shift = (years: (string | null)[]) => {
    years[yi(fromYear)] = add(years[yi(fromYear)], -delta);
    years[yi(toYear)] = add(years[yi(toYear)], delta);
  };
  const sub = f.subprograms[1];
  shift(sub.sources.find((s) => /Внебюджетные/.test(s.source))!.years);
  shift(sub.total!.years);
  shift(f.total!.years);
  shift(f.totalBySource.find((s) => /Внебюджетные/.test(s.source))!.years);
  const pf = p.passport!.funding!;
  for (const list of [pf.years, pf.sources.find((s) => /Внебюджетные/.test(s.name))!.years]) {
    for (const y of list) {
      if (y.year.from === fromYear) y.amount = add(y.amount, -delta);
      if (y.year.from === toYear) y.amount = add(y.amount, delta);
    }
  }
  return p;
}

function body(program: Program) {
  return { program, explanations: explainAll(checkProgram({ program })) };
}

skippedWithoutPostgres('history');
describe.each(testTargets().map((t) => [t.name, t] as const))('history on %s', (_name, target) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await makeTestStore(target);
  });
  afterEach(async () => {
    await store.close();
  });

  const get = (url: string, token = store.tokens.reviewer) => store.app.inject({ method: 'GET', url, headers: bearer(token) });

  test('programs and versions are listed with their review status; reviews are new rows', async () => {
    const v1 = (await push(store, body(correctedExample()))).json();
    const v2 = (await push(store, body(edition(2)))).json();
    const review = (decision: string, comment: string, version: number, token = store.tokens.reviewer) =>
      store.app.inject({ method: 'POST', url: `/api/v1/programs/${v1.programId}/versions/${version}/review`, headers: bearer(token), payload: { decision, comment } });

    const returned = await review('returned', 'Уточните пояснение к показателю «Среднее время ожидания»', 2);
    expect(returned.statusCode).toBe(201);
    expect(returned.json()).toMatchObject({ programId: v1.programId, version: 2, review: 1, decision: 'returned', department: 'Финансовое управление', tokenId: store.tokenIds.reviewer });
    const accepted = await review('accepted', 'Согласовано', 2, store.tokens.admin);
    expect(accepted.json().review).toBe(2);

    const list = ProgramList.parse((await get('/api/v1/programs', store.tokens.submitter)).json());
    expect(list.programs).toEqual([
      expect.objectContaining({ programId: v1.programId, title: 'Цифровое муниципальное образование', period: { from: 2020, to: 2024 }, latestVersion: 2, status: 'accepted', department: 'Управление информационных технологий' }),
    ]);

    const versions = VersionList.parse((await get(`/api/v1/programs/${v1.programId}/versions`)).json());
    expect(versions.versions.map((v) => [v.version, v.status, v.reviews, v.sha256])).toEqual([
      [1, 'submitted', 0, v1.sha256],
      [2, 'accepted', 2, v2.sha256],
    ]);
    // The decision the status comes from, with its comment: what the submitter reads in the pane's history.
    expect(versions.versions.map((v) => v.lastReview)).toEqual([null, { decision: 'accepted', comment: 'Согласовано', department: 'Администрация', createdAt: accepted.json().createdAt }]);
    const detail = VersionDetail.parse((await get(`/api/v1/programs/${v1.programId}/versions/2`)).json());
    expect(detail.reviewList.map((r) => [r.review, r.decision, r.comment])).toEqual([
      [1, 'returned', 'Уточните пояснение к показателю «Среднее время ожидания»'],
      [2, 'accepted', 'Согласовано'],
    ]);
    expect(detail.report.summary.error).toBe(0);
    expect(detail.status).toBe('accepted');
  });

  test('the list shows each program once, with its latest version and that version’s status', async () => {
    const education = { ...correctedExample(), title: 'Развитие образования' };
    const a1 = (await push(store, body(correctedExample()))).json();
    await push(store, body(education));
    await store.app.inject({ method: 'POST', url: `/api/v1/programs/${a1.programId}/versions/1/review`, headers: bearer(store.tokens.reviewer), payload: { decision: 'returned' } });
    const a2 = (await push(store, body(edition(2)))).json();
    const b2 = (await push(store, body(edition(2, education)))).json();
    await store.app.inject({ method: 'POST', url: `/api/v1/programs/${b2.programId}/versions/2/review`, headers: bearer(store.tokens.reviewer), payload: { decision: 'accepted' } });
    const list = ProgramList.parse((await get('/api/v1/programs')).json());
    // Sorted by programId.
    expect(list.programs.map((p) => [p.programId, p.latestVersion, p.status])).toEqual([
      [b2.programId, 2, 'accepted'],
      [a2.programId, 2, 'submitted'],
    ]);
  });

  test('a review needs a decision of accepted or returned', async () => {
    const v1 = (await push(store, body(correctedExample()))).json();
    const res = await store.app.inject({ method: 'POST', url: `/api/v1/programs/${v1.programId}/versions/1/review`, headers: bearer(store.tokens.reviewer), payload: { decision: 'approved' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('invalid_request');
  });

  test('the diff of two versions says which subprogram, source, year and table changed, with old and new values', async () => {
    const first = correctedExample();
    const second = moveExtrabudgetary(first, 2021, 2022, 10);
    expect(checkProgram({ program: second }).summary.error).toBe(0);
    second.indicators!.subprograms[0].activities[0].indicators[0].plan[4] = { value: '97', bound: 'min' };
    const a = (await push(store, body(first))).json();
    const b = (await push(store, body(second))).json();
    const res = await get(`/api/v1/programs/${a.programId}/diff?from=${a.version}&to=${b.version}`);
    expect(res.statusCode).toBe(200);
    const diff = ProgramDiff.parse(res.json());
    const sub2 = first.funding!.subprograms[1].title;
    // Folded (contract change, issue 11): each moved amount is one change, with the totals it moves under it.
    const row = (c: Change) => [c.table, c.subprogram, c.source, c.indicator && c.indicator.slice(0, 30), c.field, c.year?.from ?? null, c.old, c.new];
    const view = diff.changes.map((c) => [row(c), c.totals.map(row)]);
    const sub1 = first.indicators!.subprograms[0].title;
    const extra = 'Внебюджетные источники';
    expect(view).toEqual([
      [
        ['funding', sub2, extra, null, 'amount', 2021, '182.7', '172.7'],
        [
          ['funding', sub2, null, null, 'amount', 2021, '16050.3', '16040.3'],
          ['funding', null, null, null, 'amount', 2021, '98398.3', '98388.3'],
          ['funding', null, extra, null, 'amount', 2021, '182.7', '172.7'],
          ['passport', null, null, null, 'amount', 2021, '98398.3', '98388.3'],
          ['passport', null, extra, null, 'amount', 2021, '182.7', '172.7'],
        ],
      ],
      [
        ['funding', sub2, extra, null, 'amount', 2022, '195.3', '205.3'],
        [
          ['funding', sub2, null, null, 'amount', 2022, '15294.6', '15304.6'],
          ['funding', null, null, null, 'amount', 2022, '75438.6', '75448.6'],
          ['funding', null, extra, null, 'amount', 2022, '195.3', '205.3'],
          ['passport', null, null, null, 'amount', 2022, '75438.6', '75448.6'],
          ['passport', null, extra, null, 'amount', 2022, '195.3', '205.3'],
        ],
      ],
      [['indicators', sub1, null, 'Уровень удовлетворенности граж', 'plan', 2024, '95', 'не менее 97'], []],
    ]);
    // Row totals did not move, so no "total" is reported; the changed cells carry their domain paths.
    expect(diff.changes.find((c) => c.table === 'funding' && c.source === extra && c.subprogram === sub2 && c.year?.from === 2021)?.path).toBe('funding/sub/2/src/extrabudgetary/y/2021');

    const same = ProgramDiff.parse((await get(`/api/v1/programs/${a.programId}/diff?from=1&to=1`)).json());
    expect(same.changes).toEqual([]);
    const missing = await get(`/api/v1/programs/${a.programId}/diff?from=1&to=7`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toBe('version_not_found');
  });

  test('two versions of the worked example that differ in one amount: the diff is that one change and the totals it moves, with the basis', async () => {
    const first = correctedExample();
    const second = addToAmount(first, 1, /городского округа/, 2021, '12.5');
    await push(store, body(first));
    const b = (await push(store, { ...body(second), basis: 'постановление от 12.03.2021 № 715-п' })).json();
    expect(b.version).toBe(2);
    const diff = ProgramDiff.parse((await get(`/api/v1/programs/${b.programId}/diff?from=1&to=2`)).json());
    expect(diff.basis).toBe('постановление от 12.03.2021 № 715-п');
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({ table: 'funding', field: 'amount', year: { from: 2021, to: 2021 }, old: '15867.6', new: '15880.1' });
    expect(diff.changes[0].totals).toHaveLength(11);
    expect(diff.changes[0].totals.every((t) => t.field === 'total' || t.year?.from === 2021)).toBe(true);
  });
});
