// The report part of the pane's state, without a workbook: the default period, what a new choice invalidates,
// which version is chosen by default, when «Отправить отчёт» may be pressed, and what a check in the middle of
// a push leaves alone.
import { makeReport } from '../../../src/domain/report';
import type { Finding } from '../../../src/domain/finding';
import type { WorkbookReport } from '../../../src/sheets/check-workbook';
import type { VersionSummary } from '../../../src/store/contract/programs';
import { initialPaneState, paneReducer, type PaneAction, type PaneState } from '../../../src/taskpane/state/pane-state';
import { chosenPeriod, defaultReportChoice, reportSendReadiness } from '../../../src/taskpane/state/period-report';
import { defaultVersion } from '../../../src/store/default-version';

const SETTINGS = { url: 'http://127.0.0.1:8787', token: 'svk_test' };

function finding(rule: string, severity: Finding['severity']): Finding {
  const path = `report/funding/sub/1/src/${rule}`;
  return { rule, severity, messageId: 'test', data: {}, path, key: `${rule}:${path}`, sheet: 'Форма R1', cell: 'H10', fix: null };
}

function workbookReport(findings: Finding[]): WorkbookReport {
  const report = makeReport(findings);
  return { ...report, findings: report.findings.map((f) => ({ ...f, cellFix: null })) };
}

function version(n: number, status: VersionSummary['status']): VersionSummary {
  return { version: n, sha256: 'a'.repeat(64), createdAt: '2021-03-01T10:00:00Z', department: 'Отдел', tokenId: 't', summary: { error: 0, warning: 0, info: 0 }, status, reviews: 0, basis: null, lastReview: null };
}

function run(state: PaneState, ...actions: PaneAction[]): PaneState {
  return actions.reduce(paneReducer, state);
}

const AGAINST = { from: 'store' as const, programId: 'p', version: 2, title: 'Программа' };

describe('the period chosen by default: the quarter that ended last', () => {
  test.each([
    ['2022-01-20', { quarters: 4, year: 2021 }],
    ['2021-04-02', { quarters: 1, year: 2021 }],
    ['2021-08-31', { quarters: 2, year: 2021 }],
    ['2021-12-31', { quarters: 3, year: 2021 }],
  ])('on %s', (day, expected) => {
    expect(defaultReportChoice(new Date(`${day}T12:00:00`))).toMatchObject({ ...expected, source: 'store', programId: null, version: null });
  });

  test('a year typed half-way is no period', () => {
    const choice = defaultReportChoice(new Date('2021-04-02T12:00:00'));
    expect(chosenPeriod(choice)).toEqual({ year: 2021, quarters: 1 });
    expect(chosenPeriod({ ...choice, year: 0 })).toBeNull();
    expect(chosenPeriod({ ...choice, year: 202 })).toBeNull();
  });
});

describe('the program version', () => {
  test('by default the latest accepted version, else the latest', () => {
    expect(defaultVersion([version(1, 'accepted'), version(2, 'accepted'), version(3, 'submitted')])).toBe(2);
    expect(defaultVersion([version(1, 'returned'), version(2, 'submitted')])).toBe(2);
    expect(defaultVersion([])).toBeNull();
  });

  test('listed versions keep a version the person chose that is among them; another program chooses afresh', () => {
    let state = run(initialPaneState('ru', SETTINGS), { type: 'reportChoiceChanged', choice: { programId: 'p', version: 1 } });
    state = run(state, { type: 'reportVersionsListed', programId: 'p', versions: [version(1, 'accepted'), version(2, 'accepted')] });
    expect(state.periodReport.choice).toMatchObject({ programId: 'p', version: 1 });
    state = run(state, { type: 'reportVersionsListed', programId: 'q', versions: [version(1, 'accepted'), version(4, 'accepted')] });
    expect(state.periodReport.choice).toMatchObject({ source: 'store', programId: 'q', version: 4 });
    expect(state.notice).toEqual({ kind: 'reportVersionsLoaded', count: 2 });
  });
});

describe('«Отправить отчёт»', () => {
  test('waits for the settings, a stored program, a current check, no errors; unexplained warnings let it be pressed', () => {
    let state = initialPaneState('ru', { url: '', token: '' });
    const readiness = () => reportSendReadiness(state.storeSettings, state.periodReport, state.explanations);
    expect(readiness()).toBe('settings');
    state = run(state, { type: 'storeSettingsChanged', settings: SETTINGS });
    expect(readiness()).toBe('program');
    state = run(state, { type: 'reportChoiceChanged', choice: { source: 'workbook' } });
    expect(readiness()).toBe('program');
    state = run(state, { type: 'reportChoiceChanged', choice: { source: 'store', programId: 'p', version: 2 } });
    expect(readiness()).toBe('validate');
    const warning = finding('R006', 'warning');
    state = run(state, { type: 'reportChecked', report: workbookReport([finding('R001', 'error'), warning]), against: AGAINST, period: { year: 2021, quarters: 1 }, highlighted: true });
    expect(readiness()).toBe('errors');
    state = run(state, { type: 'reportChecked', report: workbookReport([warning]), against: AGAINST, period: { year: 2021, quarters: 1 }, highlighted: true });
    expect(readiness()).toBe('explain');
    state = run(state, { type: 'explanationChanged', key: warning.key, text: 'Контракт заключён в апреле' });
    expect(readiness()).toBe('ready');
    // Another version: the check was against something else.
    state = run(state, { type: 'reportChoiceChanged', choice: { version: 1 } });
    expect(readiness()).toBe('validate');
    // New sheets: no check of them yet.
    state = run(state, { type: 'reportChoiceChanged', choice: { version: 2 } }, { type: 'reportChecked', report: workbookReport([]), against: AGAINST, period: null, highlighted: false });
    expect(readiness()).toBe('ready');
    state = run(state, { type: 'reportSheetsWritten', sheets: ['Форма R1'], period: { year: 2021, quarters: 2 } });
    expect(readiness()).toBe('validate');
    expect(state.notice).toEqual({ kind: 'reportSheetsWritten', sheets: ['Форма R1'], period: { ru: 'за I полугодие 2021 года', en: 'for H1 2021' } });
  });

  test('a check in the middle of a push changes the findings, not the task or its message', () => {
    let state = run(initialPaneState('ru', SETTINGS), { type: 'taskStarted', task: 'reportSend' });
    state = run(state, { type: 'reportChecked', report: workbookReport([finding('R006', 'warning')]), against: AGAINST, period: null, highlighted: true, quiet: true });
    expect(state.busy).toBe('reportSend');
    expect(state.notice).toBeNull();
    expect(state.periodReport.report!.summary.warning).toBe(1);
    expect(state.highlighted).toBe(true);
    state = run(state, { type: 'reportChecked', report: workbookReport([]), against: AGAINST, period: null, highlighted: false, fixedCount: 1 });
    expect(state.busy).toBeNull();
    expect(state.notice).toEqual({ kind: 'reportFixed', count: 1, summary: { error: 0, warning: 0, info: 0 } });
  });
});
