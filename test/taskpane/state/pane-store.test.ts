// «Отправить», explanations, the history and «Загрузить из хранилища», and the annex buttons, over the real
// Excel adapter (in-memory stand-in) and the real store client talking to the real store (SQLite, app.inject).
import { Program } from '../../../src/domain/model/program';
import { passportParagraphFromAnnex } from '../../../src/domain/passport-funding-from-annex';
import { createExcelWorkbookHost } from '../../../src/excel/excel-workbook-host';
import { createExcelStandIn } from '../../../src/excel/stand-in/excel-stand-in';
import { parseA1 } from '../../../src/sheets/address';
import { checkWorkbook } from '../../../src/sheets/check-workbook';
import { ANNEX_PRINT_SHEET_NAMES } from '../../../src/sheets/write/annex-workbook';
import { writeProgramWorkbook } from '../../../src/sheets/write/program-workbook';
import { StoreClient } from '../../../src/store/client';
import { PaneController, type ParagraphClipboard } from '../../../src/taskpane/state/pane-controller';
import { initialPaneState, paneReducer, sendReadiness, type PaneState } from '../../../src/taskpane/state/pane-state';
import { programTemplates } from '../../../src/taskpane/state/template-grids';
import { MESSAGES, RETRYABLE } from '../../../src/taskpane/i18n/messages';
import { describeChange } from '../../../src/taskpane/state/change-text';
import { noticeText } from '../../../src/taskpane/state/notice-text';
import example from '../../../examples/stupino-2020-2024.program.json';
import { startInProcessStore, STORE_URL, type InProcessStore } from './in-process-store';

type Fetch = typeof globalThis.fetch;

let store: InProcessStore;

beforeAll(async () => {
  store = await startInProcessStore();
});

afterAll(async () => {
  await store.close();
});

interface PaneOptions {
  token?: string;
  url?: string;
  /** Wraps the store's fetch (to lose requests or answers on the way). */
  network?: (next: Fetch) => Fetch;
  clipboard?: ParagraphClipboard;
  program?: Program | null;
}

function pane(options: PaneOptions = {}) {
  const standIn = createExcelStandIn(options.program === null ? [] : writeProgramWorkbook(options.program ?? Program.parse(example)));
  const host = createExcelWorkbookHost(standIn.run);
  let state: PaneState = initialPaneState('ru', { url: options.url ?? STORE_URL, token: options.token ?? store.tokens.submitter });
  const requests: { method: string; path: string; key: string | null }[] = [];
  const network = options.network ? options.network(store.fetch) : store.fetch;
  // Every request the client makes, whether or not the network delivers it.
  const recorded: typeof fetch = (input, init = {}) => {
    const headers = (init.headers ?? {}) as Record<string, string>;
    requests.push({ method: init.method ?? 'GET', path: new URL(String(input)).pathname, key: headers['idempotency-key'] ?? null });
    return network(input, init);
  };
  const controller = new PaneController(
    host,
    programTemplates,
    (action) => void (state = paneReducer(state, action)),
    () => state,
    (settings) => new StoreClient({ baseUrl: settings.url, token: settings.token, fetch: recorded, retries: 2, retryDelayMs: 1 }),
    options.clipboard ?? (async () => false),
  );
  const explainAll = (text = 'Значение согласовано с министерством цифрового развития') => {
    for (const f of state.report!.findings) if (f.severity === 'warning') state = paneReducer(state, { type: 'explanationChanged', key: f.key, text: `${text} (${f.rule})` });
  };
  const typeBasis = (text: string) => void (state = paneReducer(state, { type: 'basisChanged', text }));
  return { standIn, host, controller, state: () => state, requests, explainAll, typeBasis };
}

function cellOf(standIn: ReturnType<typeof createExcelStandIn>, sheet: string, address: string) {
  const { row, col } = parseA1(address);
  return standIn.book.sheet(sheet)!.touch(row, col);
}

const posts = (requests: { method: string; path: string; key: string | null }[]) => requests.filter((r) => r.method === 'POST');

/** The worked example with the passport's city budget total corrected (421 246,1), as a program. */
function correctedExample(): Program {
  const program = Program.parse(example);
  const municipal = program.passport!.funding!.sources.find((s) => /городского округа/.test(s.name))!;
  municipal.total = '421246.1';
  return program;
}

describe('«Отправить»', () => {
  test('the worked example as published is not sent: its errors are pointed at, no request is made', async () => {
    const { controller, state, requests } = pane();
    await controller.validate();
    expect(sendReadiness(state())).toBe('errors');
    await controller.send();
    expect(posts(requests)).toEqual([]);
    const problem = state().problems.at(-1)!;
    expect(problem).toMatchObject({ task: 'send', failure: { kind: 'workbookHasErrors' } });
    expect(state().flaggedKeys.map((k) => k.split(':')[0]).sort()).toEqual(['P003', 'P006']);
  });

  test('the workbook is checked again before sending: an error typed after «Проверить» stops it', async () => {
    const { controller, state, standIn, requests, explainAll } = pane({ program: correctedExample() });
    await controller.validate();
    explainAll();
    expect(sendReadiness(state())).toBe('ready');
    // Someone types a wrong city budget total into the passport after the check.
    const at = checkWorkbook(standIn.toGrids()).provenance.get('passport/funding/src/municipal/total')!;
    const cell = cellOf(standIn, at.sheet, at.cell);
    // The passport is written for printing: its amounts' digit groups joined by no-break spaces.
    expect(String(cell.value)).toContain('421\u00a0246,1');
    cell.value = String(cell.value).replace('421\u00a0246,1', '421\u00a0246,4');
    await controller.send();
    expect(posts(requests)).toEqual([]);
    expect(state().report!.summary.error).toBeGreaterThan(0);
    expect(state().problems.at(-1)!.failure.kind).toBe('workbookHasErrors');
  });

  test('warnings without explanations are pointed at before anything is sent; explained, the program is stored as version 1', async () => {
    const { controller, state, requests, explainAll } = pane();
    await controller.validate();
    await controller.writeParagraph(); // the passport's paragraph from Приложение 1: the published errors go
    await controller.confirmParagraph();
    expect(state().report!.summary).toEqual({ error: 0, warning: 7, info: 4 });
    expect(sendReadiness(state())).toBe('explain');
    await controller.send();
    expect(posts(requests)).toEqual([]);
    expect(state().problems.at(-1)!.failure.kind).toBe('unexplainedWarnings');
    const warnings = state().report!.findings.filter((f) => f.severity === 'warning').map((f) => f.key);
    expect([...state().flaggedKeys].sort()).toEqual([...warnings].sort());

    explainAll();
    expect(state().flaggedKeys).toEqual([]);
    await controller.send();
    expect(state().problems).toEqual([]);
    expect(state().submission).toMatchObject({ version: 1, status: 'submitted' });
    expect(state().submission!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(state().history!.versions.map((v) => [v.version, v.status])).toEqual([[1, 'submitted']]);
    expect(state().programs!.map((p) => p.programId)).toContain(state().submission!.programId);
    expect(state().notice).toEqual({ kind: 'sent', version: 1, existing: false, createdAt: state().submission!.createdAt, basisNotRecorded: false });
    // What is stored is what the workbook holds, with an explanation for each of its warnings.
    const stored = await new StoreClient({ baseUrl: STORE_URL, token: store.tokens.submitter, fetch: store.fetch }).getVersion(state().submission!.programId, 1);
    expect(Object.keys(stored.explanations).sort()).toEqual([...warnings].sort());
    expect(stored.program.passport!.funding!.total).toBe('423767.8');
  });

  test('sent again unchanged, the store says it has it already; changed, the history says what changed, not hashes', async () => {
    const { controller, state, standIn, explainAll } = pane({ program: { ...correctedExample(), title: `${correctedExample().title} (повтор)` } });
    await controller.validate();
    explainAll();
    await controller.send();
    expect(state().submission).toMatchObject({ version: 1, existing: false });
    await controller.send();
    expect(state().submission).toMatchObject({ version: 1, existing: true });
    expect(state().notice).toMatchObject({ kind: 'sent', version: 1, existing: true });
    const said = noticeText(MESSAGES.ru, state().notice!, 'ru');
    expect(said).toMatch(/^Эта версия уже в хранилище: версия 1 от \d\d\.\d\d\.\d{4}, \d\d:\d\d\. Новая версия не создана\.$/);
    expect(state().history!.versions).toHaveLength(1);
    // The program's goals rewritten: a new version, and the history says what changed since version 1.
    const passport = standIn.toGrids().find((g) => g.name === 'Паспорт')!;
    const row = passport.rows.findIndex((r) => /^Цели/.test(String(r?.[0]?.value ?? '')));
    expect(row).toBeGreaterThan(0);
    cellOf(standIn, 'Паспорт', `B${row + 1}`).value = 'Повышение доступности муниципальных услуг';
    await controller.send();
    expect(state().submission).toMatchObject({ version: 2, existing: false });
    const changes = state().history!.changes![2]!;
    expect(changes).toHaveLength(1);
    expect(describeChange(changes[0], MESSAGES.ru.store.change, 'ru')).toMatch(/^Паспорт, Цели муниципальной программы: .+ → Повышение доступности муниципальных услуг/);
    expect(state().history!.changes![1]).toBeUndefined();
  });

  test('the basis typed under «Отправить» is stored with the version and shown in the history; the next version starts without it', async () => {
    const { controller, state, standIn, explainAll, typeBasis } = pane({ program: { ...correctedExample(), title: `${correctedExample().title} (основание)` } });
    await controller.validate();
    explainAll();
    typeBasis('  постановление от 12.03.2021 № 715-п ');
    await controller.send();
    expect(state().submission).toMatchObject({ version: 1, existing: false, basis: 'постановление от 12.03.2021 № 715-п' });
    expect(state().history!.versions.map((v) => v.basis)).toEqual(['постановление от 12.03.2021 № 715-п']);
    const stored = await new StoreClient({ baseUrl: STORE_URL, token: store.tokens.submitter, fetch: store.fetch }).getVersion(state().submission!.programId, 1);
    expect(stored.basis).toBe('постановление от 12.03.2021 № 715-п');
    // Taken by version 1: the field is empty again, and a changed program goes as version 2 without a basis.
    expect(state().basis).toBe('');
    const passport = standIn.toGrids().find((g) => g.name === 'Паспорт')!;
    const row = passport.rows.findIndex((r) => /^Цели/.test(String(r?.[0]?.value ?? '')));
    cellOf(standIn, 'Паспорт', `B${row + 1}`).value = 'Повышение доступности муниципальных услуг';
    await controller.send();
    expect(state().submission).toMatchObject({ version: 2, existing: false, basis: null });
    // The same program sent again with a basis: no new version, so the basis is not recorded — and the pane says so.
    typeBasis('постановление от 01.04.2021 № 900-п');
    await controller.send();
    expect(state().submission).toMatchObject({ version: 2, existing: true, basis: null });
    expect(state().basis).toBe('постановление от 01.04.2021 № 900-п');
    expect(noticeText(MESSAGES.ru, state().notice!, 'ru')).toMatch(/Новая версия не создана\. Основание не записано: оно хранится с новой версией/);
    expect(noticeText(MESSAGES.en, state().notice!, 'en')).toMatch(/No new version was made\. The basis was not recorded/);
  });

  test('explanations stay with their findings when the workbook is checked again', async () => {
    const { controller, state, explainAll } = pane({ program: correctedExample() });
    await controller.validate();
    explainAll('Первое пояснение');
    const before = { ...state().explanations };
    await controller.validate();
    await controller.validate();
    expect(state().explanations).toEqual(before);
    expect(sendReadiness(state())).toBe('ready');
  });

  test('a network failure is retried with the same Idempotency-Key, and «Повторить» sends it with that key again: one version', async () => {
    let down = true;
    let lostAnswers = 1;
    const { controller, state, requests, explainAll } = pane({
      program: { ...correctedExample(), title: `${correctedExample().title} (сеть)` },
      network: (next) => async (input, init) => {
        if (init?.method === 'POST' && down) throw new TypeError('fetch failed');
        const answer = await next(input, init);
        // The store stored it, but the answer is lost on the way back.
        if (init?.method === 'POST' && lostAnswers-- > 0) throw new TypeError('socket hang up');
        return answer;
      },
    });
    await controller.validate();
    explainAll();
    await controller.send();
    expect(state().problems.at(-1)!.failure.kind).toBe('storeNetwork');
    expect(posts(requests)).toHaveLength(3); // the first attempt and two retries
    down = false;
    await controller.retry('send');
    expect(state().submission).toMatchObject({ version: 1 });
    const keys = new Set(posts(requests).map((r) => r.key));
    expect(keys.size).toBe(1);
    expect(posts(requests).length).toBe(5); // 3 lost on the way there, 1 answer lost on the way back, 1 answered
    expect(state().history!.versions).toHaveLength(1);
  });

  test('new services between the failure and «Повторить» (the pane re-rendered) keep the Idempotency-Key: one version', async () => {
    let down = true;
    const { controller, host, state, requests, explainAll } = pane({
      program: { ...correctedExample(), title: `${correctedExample().title} (перерисовка)` },
      network: (next) => async (input, init) => {
        if (init?.method === 'POST' && down) throw new TypeError('fetch failed');
        return next(input, init);
      },
    });
    await controller.validate();
    explainAll();
    await controller.send();
    expect(state().problems.at(-1)!.failure.kind).toBe('storeNetwork');
    down = false;
    // What usePane does when the host, the templates or the services change identity.
    const recorded = (input: Parameters<Fetch>[0], init: Parameters<Fetch>[1] = {}) => {
      const headers = (init.headers ?? {}) as Record<string, string>;
      requests.push({ method: init.method ?? 'GET', path: new URL(String(input)).pathname, key: headers['idempotency-key'] ?? null });
      return store.fetch(input, init);
    };
    controller.rebind({
      host,
      templates: programTemplates,
      connect: (settings) => new StoreClient({ baseUrl: settings.url, token: settings.token, fetch: recorded, retries: 0 }),
      clipboard: async () => false,
    });
    await controller.retry('send');
    expect(state().submission).toMatchObject({ version: 1 });
    expect(new Set(posts(requests).map((r) => r.key)).size).toBe(1);
    expect(state().history!.versions).toHaveLength(1);
  });

  test.each([
    ['an unknown token', () => 'svk_not-a-token', 'storeUnauthorized'],
    ['a reviewer\'s token', () => store.tokens.reviewer, 'storeForbidden'],
  ])('%s: a message that says to check the token', async (_, token, kind) => {
    const { controller, state, explainAll } = pane({ token: token(), program: { ...correctedExample(), title: 'Другая программа' } });
    await controller.validate();
    explainAll();
    await controller.send();
    const failure = state().problems.at(-1)!.failure;
    expect(failure.kind).toBe(kind);
    // The advice names the token and whom to ask; no command line.
    expect(MESSAGES.ru.failureHint[failure.kind]).toMatch(/токен/);
    expect(MESSAGES.ru.failureHint[failure.kind]).toMatch(/администратор/);
    expect(MESSAGES.ru.failureHint[failure.kind]).not.toMatch(/sverka|store token/);
    expect(RETRYABLE.has(failure.kind)).toBe(false);
    expect(state().submission).toBeNull();
  });

  test('without a store address or token nothing is tried and the settings are asked for', async () => {
    const { controller, state, requests } = pane({ token: '' });
    await controller.validate();
    expect(sendReadiness(state())).toBe('settings');
    await controller.send();
    expect(requests).toEqual([]);
    expect(state().problems.at(-1)!.failure.kind).toBe('storeSettings');
  });

  test('an address that is not a web address is told apart from empty fields, and nothing is tried', async () => {
    const { controller, state, requests } = pane({ url: 'sverka.example.ru' });
    await controller.validate();
    await controller.send();
    expect(requests).toEqual([]);
    expect(state().problems.at(-1)!.failure.kind).toBe('storeAddressInvalid');
    expect(MESSAGES.ru.failureHint.storeAddressInvalid).toMatch(/https:\/\//);
  });
});

describe('the history and «Загрузить из хранилища»', () => {
  test('a stored version is written back into the template sheets, and checks as it was sent, explanations included', async () => {
    const sender = pane({ program: { ...correctedExample(), title: `${correctedExample().title} (история)` } });
    await sender.controller.validate();
    sender.explainAll();
    await sender.controller.send();
    const { programId, version } = sender.state().submission!;

    const { controller, state, standIn } = pane({ program: null });
    await controller.listPrograms();
    expect(state().programs!.some((p) => p.programId === programId)).toBe(true);
    await controller.listVersions(programId);
    expect(state().history).toMatchObject({ programId, versions: [{ version: 1, status: 'submitted', reviews: 0 }] });
    await controller.loadStored(programId, version);
    expect(state().notice).toEqual({ kind: 'storedLoaded', version: 1 });
    expect(standIn.book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Паспорт', 'Приложение 1', 'Приложение 2']));
    await controller.validate();
    expect(state().report!.summary).toEqual(sender.state().report!.summary);
    expect(state().explanations).toEqual(sender.state().explanations);
    expect(sendReadiness(state())).toBe('ready');
  });

  test('a stored version over filled sheets is loaded only after «Заменить»', async () => {
    const sender = pane({ program: { ...correctedExample(), title: `${correctedExample().title} (замена)` } });
    await sender.controller.validate();
    sender.explainAll();
    await sender.controller.send();
    const { programId, version } = sender.state().submission!;

    // A workbook with the worked example in it: the version would replace its three sheets.
    const { controller, state, standIn } = pane();
    const before = standIn.toGrids();
    await controller.loadStored(programId, version);
    expect(state().question).toEqual({ task: 'loadStored', sheets: ['Паспорт', 'Приложение 1', 'Приложение 2'] });
    expect(standIn.toGrids()).toEqual(before);
    controller.cancelReplace();
    expect(standIn.toGrids()).toEqual(before);
    expect(state().notice).toEqual({ kind: 'replaceCancelled' });

    await controller.loadStored(programId, version);
    await controller.confirmReplace();
    expect(state()).toMatchObject({ question: null, notice: { kind: 'storedLoaded', version } });
    await controller.validate();
    expect(state().report!.summary).toEqual(sender.state().report!.summary);
  });

  test('a version the store does not have is told as such', async () => {
    const { controller, state } = pane({ program: null });
    await controller.loadStored('no-such-program', 3);
    expect(state().problems.at(-1)).toMatchObject({ task: 'loadStored', failure: { kind: 'storeNotFound' } });
  });
});

describe('the annexes and the passport paragraph', () => {
  test('«Сформировать приложения» refuses a workbook with errors and adds the three print sheets to one without', async () => {
    const { controller, state, standIn } = pane();
    await controller.validate();
    const sheetsBefore = standIn.book.sheets.map((s) => s.name);
    await controller.generateAnnexes();
    expect(state().problems.at(-1)).toMatchObject({ task: 'annexes', failure: { kind: 'workbookHasErrors' } });
    expect(standIn.book.sheets.map((s) => s.name)).toEqual(sheetsBefore);

    await controller.writeParagraph();
    await controller.confirmParagraph();
    await controller.generateAnnexes();
    const added = Object.values(ANNEX_PRINT_SHEET_NAMES);
    expect(state().notice).toEqual({ kind: 'annexesWritten', sheets: added });
    expect(standIn.book.sheets.map((s) => s.name)).toEqual([...sheetsBefore, ...added]);
    // The check still reads the input sheets: the same findings as before.
    const summary = state().report!.summary;
    await controller.validate();
    expect(state().report!.summary).toEqual(summary);
  });

  test.each([
    ['the clipboard takes it', true],
    ['the clipboard is refused: the text is shown for Ctrl+C', false],
  ])('«Копировать абзац»: %s', async (_, allowed) => {
    const copied: string[] = [];
    const { controller, state } = pane({ clipboard: async (text) => (allowed ? (copied.push(text), true) : false) });
    await controller.validate(); // the published errors are the passport paragraph's own: copying is allowed
    await controller.copyParagraph();
    // For the passport's Word document: digit groups joined by no-break spaces, nothing else changed.
    const expected = passportParagraphFromAnnex(Program.parse(example), 1)!.replace(/(\d) (?=\d{3}(?!\d))/g, '$1\u00a0');
    expect(state().paragraph).toEqual({ text: expected, copied: allowed });
    expect(state().paragraph!.text).toContain('421\u00a0246,1');
    expect(state().paragraph!.text).not.toMatch(/\d \d{3}(?!\d)/);
    expect(copied).toEqual(allowed ? [expected] : []);
    expect(state().notice).toEqual({ kind: allowed ? 'paragraphCopied' : 'paragraphShown' });
  });

  /** The passport's funding section, B30..B35, as the workbook has it now. */
  const section = (standIn: ReturnType<typeof pane>['standIn']) => ['B30', 'B31', 'B32', 'B33', 'B34', 'B35'].map((a) => String(cellOf(standIn, 'Паспорт', a).value ?? ''));

  test('«Записать абзац в паспорт» shows what will change and writes nothing before «Записать»; the workbook shows the section', async () => {
    const { controller, state, standIn } = pane();
    await controller.validate();
    const before = section(standIn);
    await controller.writeParagraph();
    expect(state().paragraphPlan).toMatchObject({ sheet: 'Паспорт', range: 'B30:B35', changes: [{ cell: 'B34' }] });
    expect(state().paragraphPlan!.changes[0].before).toContain('421\u00a0246,4');
    expect(state().paragraphPlan!.changes[0].after).toContain('421\u00a0246,1');
    expect(section(standIn)).toEqual(before);
    expect(standIn.book.selection).toEqual({ sheet: 'Паспорт', address: 'B30:B35' });
    controller.cancelParagraph();
    expect(state()).toMatchObject({ paragraphPlan: null, notice: { kind: 'paragraphCancelled' } });
    expect(section(standIn)).toEqual(before);
  });

  test('«Записать» writes it, one line per row, and checks again: no P003 or P006; one step of undo puts the old text back', async () => {
    const { controller, state, standIn } = pane();
    await controller.validate();
    expect(state().report!.summary.error).toBe(2);
    const before = section(standIn);
    await controller.writeParagraph();
    await controller.confirmParagraph();
    expect(state().report!.summary.error).toBe(0);
    expect(state().report!.findings.filter((f) => f.rule === 'P003' || f.rule === 'P006')).toEqual([]);
    expect(state().notice).toMatchObject({ kind: 'paragraphWritten' });
    expect(state().paragraphUndo).toEqual({ sheet: 'Паспорт', range: 'B30:B35' });
    const after = section(standIn);
    expect(after.every((line) => line !== '' && !line.includes('\n'))).toBe(true);
    expect(after.join('\n').match(/по источникам/g)).toHaveLength(1);
    expect(after.filter((line, i) => line !== before[i])).toEqual([expect.stringContaining('421\u00a0246,1')]);

    await controller.undoParagraph();
    expect(section(standIn)).toEqual(before);
    expect(state()).toMatchObject({ paragraphUndo: null, notice: { kind: 'paragraphUndone' } });
    expect(state().report!.summary.error).toBe(2);
  });

  test('undo is refused once the written cells were changed again; a plan gone stale is made afresh', async () => {
    const { controller, state, standIn } = pane();
    await controller.validate();
    await controller.writeParagraph();
    // The person edits the passport while the question is open: the plan is made again, not written.
    cellOf(standIn, 'Паспорт', 'B35').value = 'Внебюджетные источники: всего 0.';
    await controller.confirmParagraph();
    expect(state().paragraphReplanned).toBe(true);
    expect(state().paragraphPlan!.changes.map((c) => c.cell)).toEqual(['B34', 'B35']);
    await controller.confirmParagraph();
    expect(state().report!.summary.error).toBe(0);
    cellOf(standIn, 'Паспорт', 'B34').value = 'исправлено вручную';
    await controller.undoParagraph();
    expect(state().problems.at(-1)).toMatchObject({ task: 'paragraph', failure: { kind: 'paragraphChangedSince' } });
    expect(String(cellOf(standIn, 'Паспорт', 'B34').value)).toBe('исправлено вручную');
  });

  test('the paragraph is not composed while Приложение 1 itself has errors', async () => {
    const { controller, state, standIn } = pane();
    // A wrong number typed over a row total of Приложение 1 (its formula gone).
    const [, at] = [...checkWorkbook(standIn.toGrids()).provenance].find(([path]) => /^funding\/sub\/1\/src\/[^/]+\/total$/.test(path))!;
    const cell = cellOf(standIn, at.sheet, at.cell);
    delete cell.formula;
    cell.value = 1;
    await controller.validate();
    expect(state().report!.findings.some((f) => f.severity === 'error' && f.path.startsWith('funding/'))).toBe(true);
    await controller.copyParagraph();
    expect(state().problems.at(-1)).toMatchObject({ task: 'paragraph', failure: { kind: 'workbookHasErrors' } });
    expect(state().paragraph).toBeNull();
  });
});
