// End to end, in headless Chromium: the production build of the preview (the real task pane and the real
// Excel adapter over the in-memory Excel stand-in) clicked through as a finance officer would.
// Screenshots go to artifacts/screenshots/.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Browser, Locator, Page } from 'playwright-core';
import { buildStoreApp } from '../../src/server/app';
import { createToken } from '../../src/server/auth/tokens';
import { openDatabase, type StoreDatabase } from '../../src/server/db/database';
import { SEVERITY_FILL } from '../../src/excel/severity-fill';
import { writeProgramWorkbook } from '../../src/sheets/write/program-workbook';
import { writeXlsxBuffer } from '../../src/cli/xlsx/write-xlsx';
import { Program } from '../../src/domain/model/program';
import example from '../../examples/stupino-2020-2024.program.json';
import { buildAddin } from './build-addin';
import { launchChromium } from './chromium';
import { serveDirectory, type StaticServer } from './static-server';

// Each step waits for the page; on a machine busy with other work they can take a while.
jest.setTimeout(90_000);

const SCREENSHOTS = join(__dirname, '..', '..', 'artifacts', 'screenshots');
/** The offline copy of Office.js that stands in for Microsoft's CDN (these machines reach no CDN). */
const OFFICE_JS = join(__dirname, '..', '..', 'node_modules', '@microsoft', 'office-js', 'dist');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const PRODUCTION_URL = 'https://addins.example.ru/sverka';
const HIGHLIGHT_FILLS = Object.values(SEVERITY_FILL).map((c) => c.toUpperCase());
const TOTAL_RULES = ['F001', 'F002', 'F003', 'F004'];

let outDir: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: 'disabled' });
}

const pane = () => page.getByTestId('task-pane');
const status = () => page.getByTestId('pane-status');
const button = (name: string | RegExp) => pane().getByRole('button', { name, exact: typeof name === 'string' });
/** Opens one of the pane's views (tabs): «Проверка», «Хранилище», «Приложения». */
const openView = (view: 'check' | 'store' | 'annexes') => pane().locator(`[data-view-tab="${view}"]`).click();

async function statusSays(text: RegExp): Promise<void> {
  await status().filter({ hasText: text }).waitFor({ timeout: 30_000 });
}

async function summaryCount(severity: 'error' | 'warning' | 'info'): Promise<number> {
  const text = await page.locator(`[data-testid="report-summary"] [data-severity="${severity}"] span`).first().textContent();
  return Number(text);
}

/** Cells of the shown sheet filled by a finding's severity. */
async function highlightedCells(): Promise<number> {
  return page.locator('[data-testid="workbook-view"] td[data-fill]').evaluateAll(
    (cells, fills) => cells.filter((c) => fills.includes((c.getAttribute('data-fill') ?? '').toUpperCase())).length,
    HIGHLIGHT_FILLS,
  );
}

async function syncCount(): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as { sverkaPreview: { standIn: { syncCount: number } } }).sverkaPreview.standIn.syncCount);
}

async function sheetOf(finding: Locator): Promise<string> {
  return finding.evaluate((el) => el.closest<HTMLElement>('[data-sheet-group]')?.dataset.sheetGroup ?? '');
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  outDir = mkdtempSync(join(tmpdir(), 'sverka-preview-'));
  const started = Date.now();
  await buildAddin(outDir, PRODUCTION_URL);
  console.log(`add-in pages built (production) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  server = await serveDirectory(outDir);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'ru-RU' });
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the preview, in Russian', () => {
  // How fast is the benchmark's business (npm run bench:pane): here the number is only printed.
  test('the pane opens interactive, in Russian', async () => {
    const started = Date.now();
    await page.goto(`${server.url}/preview.html`);
    await button('Проверить').waitFor({ state: 'visible' });
    const wall = Date.now() - started;
    const sinceNavigation = await page.evaluate(() => Math.round(performance.now()));
    console.log(`task pane interactive: ${wall} ms after goto (${sinceNavigation} ms after navigation start)`);
    expect(await button('Проверить').isEnabled()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await shot('01-preview-start');
  });

  test('loading the worked example writes its sheets into the workbook', async () => {
    await pane().getByRole('button', { name: /Загрузить шаблон/ }).click();
    await page.getByRole('menuitem', { name: /Ступино/ }).click();
    await statusSays(/Пример Ступино записан/);
    const tabs = await page.locator('[data-sheet-tab]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet-tab')));
    expect(tabs).toEqual(expect.arrayContaining(['Приложение 1', 'Приложение 2']));
    await page.locator('[data-sheet-tab="Приложение 1"]').click();
    await page.locator('table[data-sheet="Приложение 1"] td', { hasText: 'ИТОГО' }).first().waitFor();
    // The fresh workbook had an empty «Лист1» only: nothing to ask about.
    expect(await page.getByTestId('replace-dialog').count()).toBe(0);
    await shot('02-example-loaded');
  });

  test('loading again over a sheet a person changed asks first; «Отмена» from the keyboard keeps it', async () => {
    const itogoRow = () => page.locator('table[data-sheet="Приложение 1"] tr', { hasText: 'ИТОГО' }).first();
    const before = await itogoRow().textContent();
    expect(before).toMatch(/\d/);
    // A sheet as the pane wrote it is replaced without a question; one a person typed into is asked about.
    const label = page.locator('table[data-sheet="Приложение 1"] td', { hasText: /^ИТОГО/ }).first();
    const [labelAddress, labelText] = await label.evaluate((td) => [td.getAttribute('data-address') ?? '', td.textContent ?? '']);
    const typeLabel = async (text: string) => {
      await label.dblclick();
      await page.getByRole('textbox', { name: `Ячейка ${labelAddress}` }).fill(text);
      await page.keyboard.press('Enter');
    };
    await typeLabel(`${labelText} (сверено)`);
    await pane().getByRole('button', { name: /Загрузить шаблон/ }).click();
    await page.getByRole('menuitem', { name: 'Пустой шаблон' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Заменить листы?' });
    await dialog.waitFor({ timeout: 30_000 });
    expect(await dialog.textContent()).toContain('Лист «Приложение 1» уже заполнен');
    // The keyboard is in the dialog; Tab reaches «Отмена», Enter presses it.
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await shot('02a-replace-question');
    const cancel = dialog.getByRole('button', { name: 'Отмена' });
    for (let i = 0; i < 4 && !(await cancel.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await statusSays(/Загрузка отменена: книга не изменена/);
    await page.getByRole('alertdialog').waitFor({ state: 'detached', timeout: 10_000 });
    await page.locator('[data-sheet-tab="Приложение 1"]').click();
    expect(await label.textContent()).toBe(`${labelText} (сверено)`);
    await typeLabel(labelText);
    expect(await itogoRow().textContent()).toBe(before);
  });

  test('validating lists the findings by sheet and severity, with counts, and highlights their cells', async () => {
    const before = await syncCount();
    await button('Проверить').click();
    await statusSays(/Проверка завершена/);
    console.log(`validation of the worked example: ${(await syncCount()) - before} syncs (read + highlight)`);
    const counts = { error: await summaryCount('error'), warning: await summaryCount('warning'), info: await summaryCount('info') };
    const listed = await page.locator('[data-finding]').count();
    expect(listed).toBe(counts.error + counts.warning + counts.info);
    expect(listed).toBeGreaterThan(0);
    // Every sheet group is headed by its name, each severity by its word and count.
    const groups = await page.locator('[data-sheet-group]').evaluateAll((els) => els.map((e) => e.querySelector('h2')?.textContent ?? ''));
    expect(groups.some((g) => g.startsWith('Приложение 2'))).toBe(true);
    expect(await page.locator('[data-testid="findings"] h3').first().textContent()).toMatch(/^(Ошибки|Предупреждения|Сведения) \(\d+\)$/);
    // The Russian finding texts come from the findings themselves.
    expect(await page.locator('[data-finding]').first().textContent()).toMatch(/[а-яё]/i);
    await page.locator('[data-sheet-tab="Приложение 2"]').click();
    expect(await highlightedCells()).toBeGreaterThan(0);
    await shot('03-findings-ru');
  });

  test('clicking a finding selects its cell in the workbook', async () => {
    const finding = page.locator('li[data-finding]:has([data-action="fix"])').first();
    const cell = (await finding.getAttribute('data-cell')) ?? '';
    const sheet = await sheetOf(finding);
    await page.locator('[data-sheet-tab="Приложение 1"]').click(); // somewhere else first
    await finding.locator('button').first().click();
    await statusSays(new RegExp(`Выделена ячейка ${cell}`));
    const selected = page.locator(`table[data-sheet="${sheet}"] td[data-selected="true"]`);
    expect(await selected.getAttribute('data-address')).toBe(cell);
    expect(await page.getByTestId('name-box').textContent()).toBe(cell);
    expect(await finding.getAttribute('data-finding')).not.toBeNull();
    await shot('04-finding-selected');
  });

  test('a finding selects its cell from the keyboard too', async () => {
    const finding = page.locator('li[data-finding]:not([data-cell=""])').nth(1);
    const cell = (await finding.getAttribute('data-cell')) ?? '';
    await finding.locator('button').first().focus();
    await page.keyboard.press('Enter');
    await statusSays(new RegExp(`Выделена ячейка ${cell}`));
    expect(await page.getByTestId('name-box').textContent()).toBe(cell);
  });

  test('«Исправить» writes the fix, and validating again no longer reports that finding', async () => {
    const finding = page.locator('li[data-finding]:has([data-action="fix"])').first();
    const key = (await finding.getAttribute('data-finding')) ?? '';
    const cell = (await finding.getAttribute('data-cell')) ?? '';
    const sheet = await sheetOf(finding);
    await finding.locator('[data-action="fix"]').click();
    await statusSays(/Исправлено/);
    expect(await page.locator(`[data-finding="${key}"]`).count()).toBe(0);
    await shot('05-fixed');
    await button('Проверить').click();
    await statusSays(/Проверка завершена/);
    expect(await page.locator(`[data-finding="${key}"]`).count()).toBe(0);
    // The fixed cell stays highlighted only if another finding still points at it.
    await page.locator(`[data-sheet-tab="${sheet}"]`).click();
    const fill = await page.locator(`table[data-sheet="${sheet}"] td[data-address="${cell}"]`).getAttribute('data-fill');
    const stillReported = await page.locator(`[data-sheet-group="${sheet}"] li[data-cell="${cell}"]`).count();
    expect(HIGHLIGHT_FILLS.includes((fill ?? '').toUpperCase())).toBe(stillReported > 0);
  });

  test('«Исправить все итоги» sets right every wrong total a person typed', async () => {
    // Type a wrong number over the program total (ИТОГО, «Общий объем»), as a person would in Excel.
    await page.locator('[data-sheet-tab="Приложение 1"]').click();
    const totalCell = await page.locator('table[data-sheet="Приложение 1"]').evaluate((table) => {
      const tr = [...table.querySelectorAll('tr')].find((row) => [...row.querySelectorAll('td')].some((td) => /^ИТОГО/.test(td.textContent ?? '')));
      const cells = tr ? [...tr.querySelectorAll('td')] : [];
      const label = cells.findIndex((td) => /^ИТОГО/.test(td.textContent ?? ''));
      return cells.slice(label + 1).find((td) => /\d/.test(td.textContent ?? ''))?.getAttribute('data-address') ?? '';
    });
    expect(totalCell).toMatch(/^[A-Z]+\d+$/);
    await page.locator(`table[data-sheet="Приложение 1"] td[data-address="${totalCell}"]`).dblclick();
    await page.getByRole('textbox', { name: `Ячейка ${totalCell}` }).fill('500 000,0');
    await page.keyboard.press('Enter');
    await button('Проверить').click();
    await statusSays(/Проверка завершена/);
    const wrongTotals = page.locator(TOTAL_RULES.map((r) => `li[data-rule="${r}"]`).join(', '));
    expect(await wrongTotals.count()).toBeGreaterThan(0);
    expect(await summaryCount('error')).toBeGreaterThan(0);
    const fixAll = pane().locator('[data-action="fix-all-totals"]');
    expect(await fixAll.textContent()).toMatch(/^Исправить все итоги \(\d+\)$/);
    await shot('06-wrong-total');
    await fixAll.click();
    await statusSays(/Исправлено/);
    expect(await wrongTotals.count()).toBe(0);
    const shown = await page.locator(`table[data-sheet="Приложение 1"] td[data-address="${totalCell}"]`).textContent();
    expect(shown).not.toBe('500 000,0');
    await shot('07-totals-fixed');
  });

  test('«Убрать подсветку» takes the highlight fills away', async () => {
    await page.locator('[data-sheet-tab="Приложение 2"]').click();
    expect(await highlightedCells()).toBeGreaterThan(0);
    await button('Убрать подсветку').click();
    await statusSays(/Подсветка убрана/);
    expect(await highlightedCells()).toBe(0);
    expect(await button('Убрать подсветку').getAttribute('aria-disabled')).toBe('true');
  });

  test('a finding whose sheet was renamed since the check gets a message saying what to do', async () => {
    const finding = page.locator('[data-sheet-group="Приложение 2"] li[data-finding]').first();
    await page.evaluate(() => {
      const { standIn } = (globalThis as unknown as { sverkaPreview: { standIn: { book: { sheet(n: string): { name: string } } } } }).sverkaPreview;
      standIn.book.sheet('Приложение 2').name = 'Показатели';
    });
    await finding.locator('button').first().click();
    const message = pane().getByTestId('pane-problem');
    await message.waitFor();
    expect(await message.textContent()).toContain('Ячейку не удалось выделить');
    expect(await message.textContent()).toContain('переименован');
    expect(await message.getByRole('button', { name: 'Повторить' }).count()).toBe(1);
    await shot('08-sheet-renamed');
    // Checking again finds the table under its new name, and the message about the cell goes
    // (one about old highlights on the old name may stay: the check does not depend on it).
    await button('Проверить').click();
    await statusSays(/Проверка завершена/);
    expect(await pane().getByTestId('pane-problem').filter({ hasText: 'Ячейку не удалось выделить' }).count()).toBe(0);
    expect(await page.locator('[data-sheet-group="Показатели"] li[data-finding]').count()).toBeGreaterThan(0);
    await page.evaluate(() => {
      const { standIn } = (globalThis as unknown as { sverkaPreview: { standIn: { book: { sheet(n: string): { name: string } } } } }).sverkaPreview;
      standIn.book.sheet('Показатели').name = 'Приложение 2';
    });
    await button('Проверить').click();
    await statusSays(/Проверка завершена/);
  });
});

describe('the preview, in English', () => {
  test('the language switch turns the pane into English, finding texts included', async () => {
    await pane().locator('[data-action="language"]').click();
    await button('Validate').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await button('Validate').click();
    await statusSays(/Validation done/);
    expect(await page.locator('[data-testid="findings"] h3').first().textContent()).toMatch(/^(Errors|Warnings|Info) \(\d+\)$/);
    const messages = await page.locator('[data-finding]').allTextContents();
    expect(messages.length).toBeGreaterThan(0);
    await shot('09-english');
    await pane().locator('[data-action="language"]').click();
    await button('Проверить').waitFor();
  });
});

describe('opening an .xlsx in the preview', () => {
  test('a workbook file opens into the in-memory book and validates like the template', async () => {
    const grids = writeProgramWorkbook(Program.parse(example));
    const file = join(outDir, 'stupino.xlsx');
    writeFileSync(file, await writeXlsxBuffer(grids));
    await page.getByTestId('open-xlsx-input').setInputFiles(file);
    await page.getByText('Книга: stupino.xlsx').waitFor({ timeout: 30_000 });
    const tabs = await page.locator('[data-sheet-tab]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet-tab')));
    expect(tabs).toEqual(grids.map((g) => g.name));
    await button('Проверить').click();
    await statusSays(/Проверка завершена/);
    expect(await page.locator('[data-finding]').count()).toBeGreaterThan(0);
    expect(await button('Убрать подсветку').getAttribute('aria-disabled')).toBeNull();
    await shot('10-xlsx-opened');
  });

  test('a file that is not a workbook gets a message saying what to choose', async () => {
    const file = join(outDir, 'not-a-workbook.xlsx');
    writeFileSync(file, 'Программа;2020;2021\n');
    await page.getByTestId('open-xlsx-input').setInputFiles(file);
    const message = page.getByRole('alert').filter({ hasText: 'Книга не открыта' });
    await message.waitFor({ timeout: 30_000 });
    expect(await message.textContent()).toContain('не читается как книга Excel');
    await shot('11-not-a-workbook');
    await message.getByRole('button', { name: 'Закрыть' }).click();
  });

  test('the page raised no uncaught errors', () => {
    expect(pageErrors).toEqual([]);
  });
});

describe('the store and the annexes, with a real store', () => {
  let storeDir: string;
  let database: StoreDatabase;
  let store: FastifyInstance;
  let storeUrl: string;
  let token: string;

  beforeAll(async () => {
    // The store as `sverka store serve` builds it: SQLite in a temp folder, CORS for the preview's origin only.
    storeDir = mkdtempSync(join(tmpdir(), 'sverka-e2e-store-'));
    database = await openDatabase({ kind: 'sqlite', dataDir: storeDir });
    token = (await createToken(database.db, { department: 'Управление информационных технологий', role: 'submitter' })).token;
    store = await buildStoreApp({ database, logger: false, origins: [server.url] });
    await store.listen({ port: 0, host: '127.0.0.1' });
    storeUrl = `http://127.0.0.1:${(store.server.address() as AddressInfo).port}`;
    await page.goto(`${server.url}/preview.html`);
    await button('Проверить').waitFor();
  });

  afterAll(async () => {
    await store?.close();
    await database?.close();
    if (storeDir) rmSync(storeDir, { recursive: true, force: true });
  });

  const send = () => pane().locator('[data-action="send"]');
  const storePanel = () => pane().getByTestId('store-panel');
  /** A field of the store's settings, the settings opened first when they are folded. */
  async function storeSetting(label: 'Адрес хранилища' | 'Токен'): Promise<Locator> {
    await openView('store');
    if ((await storePanel().locator('[data-setting="url"]').count()) === 0) await pane().locator('[data-action="store-settings"]').click();
    return storePanel().getByLabel(label);
  }

  test('with the store set up, «Отправить» stays disabled while the example has errors', async () => {
    await pane().getByRole('button', { name: /Загрузить шаблон/ }).click();
    await page.getByRole('menuitem', { name: /Ступино/ }).click();
    await statusSays(/Пример Ступино записан/);
    await (await storeSetting('Адрес хранилища')).fill(storeUrl);
    await (await storeSetting('Токен')).fill(token);
    await openView('check');
    await button('Проверить').click();
    await statusSays(/Проверка завершена: 2 ошибки/);
    await openView('store');
    expect(await send().getAttribute('aria-disabled')).toBe('true');
    expect(await pane().getByTestId('send-hint').textContent()).toContain('нет ошибок');
    await openView('annexes');
    expect(await pane().locator('[data-action="generate-annexes"]').getAttribute('aria-disabled')).toBe('true');
    await shot('13-send-disabled-errors');
  });

  test('«Записать абзац в паспорт» shows what changes, asks, and sets the passport right (421 246,1): no errors left', async () => {
    await openView('annexes');
    await pane().locator('[data-action="write-paragraph"]').click();
    const question = page.getByRole('dialog', { name: 'Записать абзац в паспорт?' });
    await question.waitFor({ timeout: 30_000 });
    expect(await question.locator('[data-before="B34"]').textContent()).toContain('421\u00a0246,4');
    expect(await question.locator('[data-after="B34"]').textContent()).toContain('421\u00a0246,1');
    await shot('13a-paragraph-question');
    await question.getByRole('button', { name: 'Записать' }).click();
    await statusSays(/Абзац паспорта записан/);
    expect(await pane().getByTestId('paragraph-written').textContent()).toContain('B30–B35');
    await openView('check');
    expect(await summaryCount('error')).toBe(0);
    await page.locator('[data-sheet-tab="Паспорт"]').click();
    expect(await page.locator('table[data-sheet="Паспорт"]').textContent()).toContain('421\u00a0246,1');
  });

  test('sending without explanations points at each warning; explained, the store keeps version 1', async () => {
    await openView('store');
    await send().click();
    const problem = pane().getByTestId('pane-problem').filter({ hasText: 'Программа не отправлена' });
    await problem.waitFor();
    expect(await problem.textContent()).toContain('Пояснение');
    const fields = pane().locator('textarea[data-explanation]');
    const warnings = await summaryCount('warning');
    expect(await fields.count()).toBe(warnings);
    expect(await pane().locator('li[data-flagged="true"]').count()).toBe(warnings);
    // The keyboard is taken to the first field that needs an explanation.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-explanation'))).toBe(await fields.first().getAttribute('data-explanation'));
    await shot('14-explanations-needed');
    for (let i = 0; i < warnings; i++) await fields.nth(i).fill(`Значение согласовано с министерством (${i + 1})`);
    expect(await pane().locator('li[data-flagged="true"]').count()).toBe(0);
    // A check in between keeps what was typed.
    await button('Проверить').click();
    await statusSays(/Проверка завершена/);
    expect(await fields.first().inputValue()).toBe('Значение согласовано с министерством (1)');
    // A wrong token: the store says 401, the pane says to check the token.
    await (await storeSetting('Токен')).fill('svk_wrong-token');
    await send().click();
    const refused = pane().getByTestId('pane-problem').filter({ hasText: 'Программа не отправлена' });
    await refused.filter({ hasText: 'токен' }).waitFor();
    await shot('15a-wrong-token');
    await (await storeSetting('Токен')).fill(token);
    await send().click();
    const accepted = pane().getByTestId('store-accepted');
    await accepted.waitFor({ timeout: 30_000 });
    expect(await accepted.textContent()).toContain('Хранилище приняло программу: версия 1.');
    expect(await pane().textContent()).not.toMatch(/sha256/);
    const history = pane().getByTestId('store-history');
    await history.locator('li[data-version="1"]').waitFor();
    expect(await history.locator('li[data-version="1"]').textContent()).toContain('на проверке');
    await storePanel().scrollIntoViewIfNeeded();
    await shot('15-sent-version-1');
  });

  test('«Загрузить из хранилища» writes the stored version back into the sheets', async () => {
    // The blank template over the example whose passport paragraph was rewritten: asks first. The stored version over
    // the blank template just written: nothing a person entered would be lost, so it does not ask.
    await openView('check');
    await pane().getByRole('button', { name: /Загрузить шаблон/ }).click();
    await page.getByRole('menuitem', { name: 'Пустой шаблон' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Заменить' }).click();
    await statusSays(/Пустой шаблон записан/);
    await openView('store');
    await pane().getByRole('button', { name: 'Загрузить из хранилища версию 1 в листы книги' }).click();
    await statusSays(/Версия 1 из хранилища записана/);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await openView('check');
    await button('Проверить').click();
    await statusSays(/Проверка завершена: 0 ошибок/);
    await page.locator('[data-sheet-tab="Приложение 1"]').click();
    expect(await page.locator('table[data-sheet="Приложение 1"]').textContent()).toMatch(/ИТОГО по муниципальной программе423\s767,8/);
    // The explanations came back with the version: it can be sent again as it is.
    await openView('store');
    expect(await send().getAttribute('aria-disabled')).toBeNull();
    expect(await pane().getByTestId('send-hint').count()).toBe(0);
    await shot('16-loaded-from-store');
  });

  test('«Сформировать приложения» adds the print sheets', async () => {
    await openView('annexes');
    await pane().locator('[data-action="generate-annexes"]').click();
    await statusSays(/Приложения сформированы/);
    const tabs = await page.locator('[data-sheet-tab]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet-tab')));
    expect(tabs).toEqual(expect.arrayContaining(['Приложение №1 (печать)', 'Приложение №2 (печать)', 'Абзац паспорта (печать)']));
    await page.locator('[data-sheet-tab="Приложение №1 (печать)"]').click();
    await page.locator('table[data-sheet="Приложение №1 (печать)"] td', { hasText: 'Приложение №1' }).first().waitFor();
    await shot('17-annexes-generated');
  });

  test('«Копировать абзац» gives the passport paragraph, shown in the pane', async () => {
    await pane().locator('[data-action="copy-paragraph"]').click();
    await statusSays(/Абзац паспорта (скопирован|показан)/);
    const text = pane().getByTestId('paragraph-text');
    // Amounts keep their digit groups together (no-break spaces) for the passport's Word document.
    expect(await text.inputValue()).toMatch(/^Всего 423\u00a0767,8 тыс\. руб\./);
    expect(await text.inputValue()).toContain('421\u00a0246,1');
    expect(await text.getAttribute('readonly')).not.toBeNull();
    await text.scrollIntoViewIfNeeded();
    await shot('18-paragraph');
  });

  test('where the clipboard is refused, the paragraph is shown selected for Ctrl+C', async () => {
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) } });
    });
    await pane().locator('[data-action="copy-paragraph"]').click();
    await statusSays(/Абзац паспорта показан ниже и выделен/);
    const selection = await page.evaluate(() => {
      const el = document.activeElement as HTMLTextAreaElement | null;
      return { testid: el?.getAttribute('data-testid'), start: el?.selectionStart, end: el?.selectionEnd, length: el?.value.length };
    });
    expect(selection).toMatchObject({ testid: 'paragraph-text', start: 0, end: selection.length });
    expect(selection.length).toBeGreaterThan(200);
    expect(await pane().getByText('Текст выделен: нажмите Ctrl+C').count()).toBe(1);
    await shot('19-paragraph-for-ctrl-c');
  });

  test('the pages raised no uncaught errors', () => {
    expect(pageErrors).toEqual([]);
  });
});

describe('the task pane page, as Excel loads it', () => {
  test('it loads Office.js from the CDN address (served here from @microsoft/office-js) and, outside Excel, says where it belongs', async () => {
    const office = await browser.newPage({ locale: 'ru-RU' });
    const requested: string[] = [];
    await office.route(`${OFFICE_CDN}**`, (route) => {
      const file = join(OFFICE_JS, new URL(route.request().url()).pathname.replace('/lib/1/hosted/', ''));
      requested.push(file.slice(OFFICE_JS.length + 1));
      return existsSync(file) ? route.fulfill({ body: readFileSync(file), contentType: 'text/javascript' }) : route.fulfill({ status: 404 });
    });
    const errors: string[] = [];
    office.on('pageerror', (e) => errors.push(e.message));
    await office.goto(`${server.url}/taskpane.html`);
    await office.getByText('Надстройка работает в Excel').waitFor();
    expect(requested).toContain('office.js');
    expect(errors).toEqual([]);
    await office.screenshot({ path: join(SCREENSHOTS, '12-taskpane-outside-excel.png'), animations: 'disabled' });
    await office.close();
  });

  test('when Office.js cannot be loaded (offline, a network that blocks the CDN), it says so — the pane was blank', async () => {
    const office = await browser.newPage({ locale: 'ru-RU', viewport: { width: 350, height: 600 } });
    await office.route(`${OFFICE_CDN}**`, (route) => route.abort('namenotresolved'));
    const errors: string[] = [];
    office.on('pageerror', (e) => errors.push(e.message));
    await office.goto(`${server.url}/taskpane.html`);
    const alert = office.getByRole('alert').filter({ hasText: 'Не загрузилась библиотека Office' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('appsforoffice.microsoft.com');
    expect(errors).toEqual([]);
    await office.screenshot({ path: join(SCREENSHOTS, '12b-taskpane-no-office-js.png'), animations: 'disabled' });
    await office.close();
  });
});

describe('the production build', () => {
  test('manifest.xml points at the production URL, and the icons it names are there', () => {
    const manifest = readFileSync(join(outDir, 'manifest.xml'), 'utf8');
    const urls = [...manifest.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((u) => u.startsWith(`${PRODUCTION_URL}/`))).toBe(true);
    for (const icon of urls.filter((u) => u.endsWith('.png'))) expect(existsSync(join(outDir, icon.slice(PRODUCTION_URL.length + 1)))).toBe(true);
    expect(readFileSync(join(outDir, 'taskpane.html'), 'utf8')).toMatch(/<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/);
  });
});
