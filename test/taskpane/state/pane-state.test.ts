import type { WorkbookFinding, WorkbookReport } from '../../../src/sheets/check-workbook';
import type { VersionDetail } from '../../../src/store/contract/programs';
import { StoredPrograms, type ReportStore } from '../../../src/taskpane/state/report-sources';
import {
  explanationsFor,
  initialPaneState,
  onlyPassportFundingErrors,
  paneReducer,
  sendReadiness,
  unexplainedWarnings,
  type PaneAction,
  type PaneState,
} from '../../../src/taskpane/state/pane-state';

const finding = (key: string): WorkbookFinding => ({
  rule: 'F001',
  severity: 'error',
  key,
  path: 'funding/total/total',
  sheet: 'Приложение 1',
  cell: 'C18',
  messageId: 'rowTotal',
  data: { row: { kind: 'totalRow' }, expected: '423767.8', actual: '500000.0' },
  fix: { kind: 'number', value: '423767.8' },
  cellFix: { sheet: 'Приложение 1', cell: 'C18', fix: { kind: 'number', value: '423767.8' } },
});
const report = (...keys: string[]): WorkbookReport => ({
  valid: keys.length === 0,
  summary: { error: keys.length, warning: 0, info: 0 },
  findings: keys.map(finding),
});

function run(actions: PaneAction[], from: PaneState = initialPaneState()): PaneState {
  return actions.reduce(paneReducer, from);
}

describe('the task pane state', () => {
  test('starts in Russian, idle, with nothing validated', () => {
    expect(initialPaneState()).toMatchObject({ lang: 'ru', busy: null, report: null, highlighted: false, problems: [] });
  });

  test.each<[string, PaneAction[], Partial<PaneState>]>([
    ['a task marks the pane busy', [{ type: 'taskStarted', task: 'validate' }], { busy: 'validate' }],
    [
      'a validation keeps the report and whether cells are highlighted',
      [{ type: 'taskStarted', task: 'validate' }, { type: 'validated', report: report('a', 'b'), highlighted: true }],
      { busy: null, highlighted: true, notice: { kind: 'validated', summary: { error: 2, warning: 0, info: 0 } } },
    ],
    [
      'a new template forgets the old report and highlights',
      [{ type: 'validated', report: report('a'), highlighted: true }, { type: 'templateWritten', template: 'example' }],
      { report: null, highlighted: false, notice: { kind: 'templateExample' } },
    ],
    [
      'clearing highlights keeps the findings',
      [{ type: 'validated', report: report('a'), highlighted: true }, { type: 'highlightsCleared' }],
      { highlighted: false, notice: { kind: 'cleared' } },
    ],
    [
      'a fix followed by validation says how many cells were fixed',
      [{ type: 'validated', report: report(), highlighted: false, fixedCount: 3 }],
      { notice: { kind: 'fixed', count: 3, summary: { error: 0, warning: 0, info: 0 } } },
    ],
    ['the language can be switched', [{ type: 'languageChosen', lang: 'en' }], { lang: 'en' }],
  ])('%s', (_name, actions, expected) => {
    expect(run(actions)).toMatchObject(expected);
  });

  test('a selected finding stays selected while it is still reported, and is forgotten when it is gone', () => {
    const selected = run([
      { type: 'validated', report: report('a', 'b'), highlighted: true },
      { type: 'cellSelected', key: 'b', sheet: 'Приложение 1', cell: 'C18' },
    ]);
    expect(selected.selectedKey).toBe('b');
    expect(paneReducer(selected, { type: 'validated', report: report('a', 'b'), highlighted: true }).selectedKey).toBe('b');
    expect(paneReducer(selected, { type: 'validated', report: report('a'), highlighted: true }).selectedKey).toBeNull();
  });

  test('a failure becomes a message that a retry of the same task replaces, and that can be dismissed', () => {
    const failure = { kind: 'cellEditing' as const, detail: { ru: 'Excel редактирует ячейку', en: 'Excel is editing a cell' } };
    const failed = run([
      { type: 'taskStarted', task: 'validate' },
      { type: 'taskFailed', task: 'validate', failure },
      { type: 'taskFailed', task: 'select', failure },
    ]);
    expect(failed.busy).toBeNull();
    expect(failed.problems.map((p) => p.task)).toEqual(['validate', 'select']);
    const retried = paneReducer(failed, { type: 'taskStarted', task: 'validate' });
    expect(retried.problems.map((p) => p.task)).toEqual(['select']);
    expect(paneReducer(retried, { type: 'problemDismissed', id: retried.problems[0].id }).problems).toEqual([]);
  });

  test('a failure noted while a check goes on keeps the check’s outcome', () => {
    const failure = { kind: 'sheetMissing' as const, detail: null };
    const state = run([
      { type: 'taskStarted', task: 'validate' },
      { type: 'validated', report: report('a'), highlighted: true },
      { type: 'problemNoted', task: 'clear', failure },
    ]);
    expect(state.notice).toEqual({ kind: 'validated', summary: { error: 1, warning: 0, info: 0 } });
    expect(state.problems.map((p) => p.task)).toEqual(['clear']);
  });

  test('a successful validation or template takes the old failure messages away', () => {
    const failure = { kind: 'sheetMissing' as const, detail: null };
    const failed = run([{ type: 'taskFailed', task: 'select', failure }]);
    expect(paneReducer(failed, { type: 'validated', report: report(), highlighted: false }).problems).toEqual([]);
    expect(paneReducer(failed, { type: 'templateWritten', template: 'blank' }).problems).toEqual([]);
  });
});

describe('the store part of the pane state', () => {
  const warning = (key: string): WorkbookFinding => ({ ...finding(key), rule: 'I006', severity: 'warning', fix: null, cellFix: null });
  const warnings = (...keys: string[]): WorkbookReport => ({ valid: true, summary: { error: 0, warning: keys.length, info: 0 }, findings: keys.map(warning) });
  const settings = { url: 'http://127.0.0.1:8787', token: 'svk_1' };
  const ready = initialPaneState('ru', settings);

  test('another store: the program versions listed from the one before are forgotten (the same id there is another program); the same store keeps them', () => {
    const listed = run([{ type: 'reportVersionsListed', programId: 'p', versions: [] }], ready);
    expect(listed.periodReport.versions).toEqual({ programId: 'p', versions: [] });
    expect(run([{ type: 'storeSettingsChanged', settings: { ...settings, token: 'svk_2' } }], listed).periodReport.versions).toEqual({ programId: 'p', versions: [] });
    expect(run([{ type: 'storeSettingsChanged', settings: { ...settings, url: 'https://sverka.example.ru' } }], listed).periodReport.versions).toBeNull();
  });

  test('a stored version fetched once per store: the same id and version in another store is fetched from it', async () => {
    const programs = new StoredPrograms();
    const storeOf = (title: string) => {
      const calls: string[] = [];
      const getVersion = async (programId: string, version: number) => {
        calls.push(`${programId}/${version}`);
        return { program: { title } } as unknown as VersionDetail;
      };
      return { calls, store: { getVersion } as unknown as ReportStore };
    };
    const a = storeOf('из тестового хранилища');
    const b = storeOf('из рабочего хранилища');
    expect((await programs.get(a.store, 'http://test', 'p', 1)).program.title).toBe('из тестового хранилища');
    expect((await programs.get(a.store, 'http://test', 'p', 1)).program.title).toBe('из тестового хранилища');
    expect((await programs.get(b.store, 'https://prod', 'p', 1)).program.title).toBe('из рабочего хранилища');
    expect([a.calls, b.calls]).toEqual([['p/1'], ['p/1']]);
  });

  test('«Отправить» waits for the settings, then a current check, then no errors; unexplained warnings only point', () => {
    expect(sendReadiness(initialPaneState())).toBe('settings');
    expect(sendReadiness(ready)).toBe('validate');
    expect(sendReadiness(run([{ type: 'validated', report: report('F001:a'), highlighted: true }], ready))).toBe('errors');
    const checked = run([{ type: 'validated', report: warnings('I006:a', 'I006:b'), highlighted: true }], ready);
    expect(sendReadiness(checked)).toBe('explain');
    expect(sendReadiness(run([{ type: 'explanationChanged', key: 'I006:a', text: 'да' }, { type: 'explanationChanged', key: 'I006:b', text: '  ' }], checked))).toBe('explain');
    expect(sendReadiness(run([{ type: 'explanationChanged', key: 'I006:a', text: 'да' }, { type: 'explanationChanged', key: 'I006:b', text: 'тоже' }], checked))).toBe('ready');
    // A new template makes the check stale.
    expect(sendReadiness(run([{ type: 'templateWritten', template: 'example' }], checked))).toBe('validate');
  });

  test('explanations outlive checks; only the current warnings\' are sent, trimmed', () => {
    const state = run(
      [
        { type: 'validated', report: warnings('I006:a', 'I006:b'), highlighted: true },
        { type: 'explanationChanged', key: 'I006:a', text: '  согласовано  ' },
        { type: 'explanationChanged', key: 'I006:b', text: 'временно' },
        { type: 'validated', report: warnings('I006:a'), highlighted: true },
      ],
      ready,
    );
    expect(state.explanations).toEqual({ 'I006:a': '  согласовано  ', 'I006:b': 'временно' });
    expect(explanationsFor(state.report!, state.explanations)).toEqual({ 'I006:a': 'согласовано' });
    expect(unexplainedWarnings(state.report, state.explanations)).toEqual([]);
  });

  test('a refusal flags its findings; typing an explanation unflags that one', () => {
    const failure = { kind: 'unexplainedWarnings' as const, detail: null, keys: ['I006:a', 'I006:b'] };
    const flagged = run([{ type: 'validated', report: warnings('I006:a', 'I006:b'), highlighted: true }, { type: 'taskFailed', task: 'send', failure }], ready);
    expect(flagged.flaggedKeys).toEqual(['I006:a', 'I006:b']);
    expect(paneReducer(flagged, { type: 'explanationChanged', key: 'I006:a', text: 'x' }).flaggedKeys).toEqual(['I006:b']);
  });

  test('«то же для всех таких» gives the text to the named warnings that have none, and says how many', () => {
    const checked = run(
      [
        { type: 'validated', report: warnings('I006:a', 'I006:b', 'I006:c'), highlighted: true },
        { type: 'taskFailed', task: 'send', failure: { kind: 'unexplainedWarnings', detail: null, keys: ['I006:a', 'I006:b', 'I006:c'] } },
        { type: 'explanationChanged', key: 'I006:a', text: 'согласовано' },
        { type: 'explanationChanged', key: 'I006:c', text: 'своё' },
      ],
      ready,
    );
    const copied = paneReducer(checked, { type: 'explanationCopied', keys: ['I006:b', 'I006:c'], text: ' согласовано ' });
    expect(copied.explanations).toEqual({ 'I006:a': 'согласовано', 'I006:b': 'согласовано', 'I006:c': 'своё' });
    expect(copied.notice).toEqual({ kind: 'explanationsCopied', count: 1 });
    expect(copied.flaggedKeys).toEqual([]);
    expect(sendReadiness(copied)).toBe('ready');
    // Nothing to give (blank text, or all have one): the state stays as it was.
    expect(paneReducer(copied, { type: 'explanationCopied', keys: ['I006:b'], text: 'другое' })).toBe(copied);
    expect(paneReducer(checked, { type: 'explanationCopied', keys: ['I006:b'], text: '  ' })).toBe(checked);
  });

  test('a version loaded from the store brings its explanations and asks for a check', () => {
    const state = run(
      [
        { type: 'validated', report: warnings('I006:a'), highlighted: true },
        { type: 'explanationChanged', key: 'I006:z', text: 'моё' },
        { type: 'storedLoaded', version: 2, explanations: { 'I006:a': 'из хранилища' } },
      ],
      ready,
    );
    expect(state).toMatchObject({ report: null, reportCurrent: false, highlighted: false, notice: { kind: 'storedLoaded', version: 2 } });
    expect(state.explanations).toEqual({ 'I006:z': 'моё', 'I006:a': 'из хранилища' });
  });

  test('the paragraph buttons allow errors only in the passport\'s funding paragraph', () => {
    const passport = { ...finding('P003:passport/funding/src/municipal/total'), path: 'passport/funding/src/municipal/total' };
    expect(onlyPassportFundingErrors({ valid: false, summary: { error: 1, warning: 0, info: 0 }, findings: [passport] })).toBe(true);
    expect(onlyPassportFundingErrors({ valid: false, summary: { error: 2, warning: 0, info: 0 }, findings: [passport, finding('F001:x')] })).toBe(false);
  });
});

describe('the question before replacing filled sheets', () => {
  const asked = (state: PaneState): PaneState =>
    paneReducer(paneReducer(state, { type: 'taskStarted', task: 'template' }), {
      type: 'replaceAsked',
      question: { task: 'template', sheets: ['Паспорт', 'Приложение 1'] },
    });

  test('asking ends the task (the buttons come back) and keeps the question', () => {
    const state = asked(initialPaneState());
    expect(state).toMatchObject({ busy: null, question: { task: 'template', sheets: ['Паспорт', 'Приложение 1'] } });
  });

  test('«Отмена» closes the question and says nothing was written; the report stays', () => {
    const checked = paneReducer(initialPaneState(), { type: 'validated', report: report('a'), highlighted: true });
    const state = paneReducer(asked(checked), { type: 'replaceCancelled' });
    expect(state).toMatchObject({ question: null, busy: null, notice: { kind: 'replaceCancelled' }, report: checked.report, highlighted: true });
  });

  test('a new task (also «Заменить» itself) closes the question', () => {
    const state = paneReducer(asked(initialPaneState()), { type: 'taskStarted', task: 'validate' });
    expect(state.question).toBeNull();
  });
});
