// The task pane as wide as Excel on the web opens it (350 px; Excel on Windows: 320 px), in headless
// Chromium over the production build of the preview: a window as narrow as the pane shows the pane alone
// first, the workbook below it. Screenshots of the pane go to artifacts/pane-350/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildAddin } from './build-addin';
import { launchChromium } from './chromium';
import { serveDirectory, type StaticServer } from './static-server';

jest.setTimeout(90_000);

const SHOTS = join(__dirname, '..', '..', 'artifacts', 'pane-350');

let outDir: string;
let server: StaticServer;
let browser: Browser;
const pageErrors: string[] = [];

async function openPreview(width: number, height = 720): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height }, locale: 'ru-RU' });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${server.url}/preview.html`);
  await page.getByTestId('task-pane').locator('[data-action="validate"]').waitFor();
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.getByTestId('pane-frame').screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled' });
}

async function loadExample(page: Page): Promise<void> {
  await page.getByTestId('task-pane').getByRole('button', { name: /Загрузить шаблон/ }).click();
  await page.getByRole('menuitem', { name: /Ступино/ }).click();
  await page.getByTestId('pane-status').filter({ hasText: /Пример Ступино записан/ }).waitFor({ timeout: 30_000 });
}

/** Presses «Проверить» from the keyboard and waits for the check to end. */
async function validateFromKeyboard(page: Page): Promise<void> {
  await page.getByTestId('task-pane').locator('[data-action="validate"]').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('pane-status').filter({ hasText: /Проверка завершена/ }).waitFor({ timeout: 30_000 });
}

/** Whether the element is wholly inside the window and inside the pane's visible (scrolled) area. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const frame = document.querySelector('[data-testid="pane-frame"]');
    if (!el || !frame) return false;
    const r = el.getBoundingClientRect();
    const f = frame.getBoundingClientRect();
    const top = Math.max(0, f.top);
    const bottom = Math.min(window.innerHeight, f.bottom);
    return r.height > 0 && r.top >= top - 1 && r.bottom <= bottom + 1 && r.left >= f.left - 1 && r.right <= f.right + 1;
  }, selector);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  outDir = mkdtempSync(join(tmpdir(), 'sverka-pane-350-'));
  await buildAddin(outDir, 'https://addins.example.ru/sverka', ['preview']);
  server = await serveDirectory(outDir);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the pane at 350 px, after «Проверить» on the worked example', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPreview(350);
  });
  afterAll(() => page?.close());

  test('loading the example shows its first sheet, the passport, not the empty «Лист1»', async () => {
    await shot(page, '01-start');
    await loadExample(page);
    expect(await page.locator('[data-sheet-tab="Паспорт"]').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('table[data-sheet="Паспорт"]').count()).toBe(1);
    await shot(page, '02-example-loaded');
  });

  test('the keyboard and the scroll go to the summary; the counts and the first finding are in view without scrolling', async () => {
    await validateFromKeyboard(page);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('summary');
    expect(await inView(page, '[data-testid="report-summary"]')).toBe(true);
    expect(await inView(page, '[data-testid="findings"] li[data-finding]')).toBe(true);
    const counts = await page.locator('[data-testid="report-summary"] li').allInnerTexts();
    expect(counts.map((c) => c.replace(/\s+/g, ' ').trim())).toEqual(['2 ошибки', '7 предупреждений', '4 сведения']);
    await shot(page, '03-checked');
  });

  test('the first finding is at most 3 Tab presses from «Проверить»', async () => {
    const first = await page.locator('[data-testid="findings"] li[data-finding]').first().getAttribute('data-finding');
    await page.getByTestId('task-pane').locator('[data-action="validate"]').focus();
    let reached = 0;
    for (let press = 1; press <= 3 && reached === 0; press++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => document.activeElement?.closest('[data-finding]')?.getAttribute('data-finding') ?? null);
      if (at === first) reached = press;
    }
    console.log(`Tab presses from «Проверить» to the first finding: ${reached}`);
    expect(reached).toBeGreaterThan(0);
    expect(reached).toBeLessThanOrEqual(3);
    // Enter on it goes to its cell.
    await page.keyboard.press('Enter');
    await page.getByTestId('pane-status').filter({ hasText: /Выделена ячейка/ }).waitFor();
  });

  test('the report, the store and the annexes are views of their own, one tab each', async () => {
    const pane = page.getByTestId('task-pane');
    expect(await pane.getByRole('tab').allInnerTexts()).toEqual(['Проверка', 'Отчёт', 'Хранилище', 'Приложения']);
    await pane.getByRole('tab', { name: 'Хранилище' }).click();
    await pane.getByTestId('store-panel').waitFor();
    expect(await pane.locator('[data-testid="findings"]').count()).toBe(0);
    await shot(page, '04-store');
    await pane.getByRole('tab', { name: 'Приложения' }).click();
    await pane.getByTestId('annex-panel').waitFor();
    await shot(page, '05-annexes');
    await pane.getByRole('tab', { name: 'Проверка' }).click();
    await pane.getByTestId('findings').waitFor();
  });
});

describe('«Записать абзац в паспорт» on the worked example, at 350 px', () => {
  let page: Page;
  const ROWS = ['B30', 'B31', 'B32', 'B33', 'B34', 'B35'];
  /** The passport's funding section as the workbook shows it, one text per row. */
  const section = () =>
    page.evaluate((rows) => rows.map((a) => document.querySelector(`table[data-sheet="Паспорт"] td[data-address="${a}"]`)?.textContent ?? ''), ROWS);

  beforeAll(async () => {
    page = await openPreview(350);
    await loadExample(page);
    await validateFromKeyboard(page);
  });
  afterAll(() => page?.close());

  test('it shows what will change, before and after, and writes nothing until asked', async () => {
    const before = await section();
    const pane = page.getByTestId('task-pane');
    await pane.getByRole('tab', { name: 'Приложения' }).click();
    await pane.locator('[data-action="write-paragraph"]').click();
    const question = page.getByRole('dialog', { name: 'Записать абзац в паспорт?' });
    await question.waitFor({ timeout: 30_000 });
    expect(await question.locator('[data-change]').evaluateAll((els) => els.map((e) => e.getAttribute('data-change')))).toEqual(['B34']);
    expect(await question.locator('[data-before="B34"] mark').textContent()).toBe('421\u00a0246,4');
    expect(await question.locator('[data-after="B34"] mark').textContent()).toBe('421\u00a0246,1');
    // The workbook shows the section meanwhile.
    expect(await page.getByTestId('name-box').textContent()).toBe('B30:B35');
    expect(await section()).toEqual(before);
    await page.screenshot({ path: join(SHOTS, '07-paragraph-question.png'), animations: 'disabled' });
    await question.getByRole('button', { name: 'Отмена' }).click();
    await page.getByTestId('pane-status').filter({ hasText: /Запись абзаца отменена/ }).waitFor();
    expect(await section()).toEqual(before);
  });

  test('written, rows 30–35 keep one source per row, no text twice, and the check after it has no P003 or P006', async () => {
    const before = await section();
    const pane = page.getByTestId('task-pane');
    await pane.locator('[data-action="write-paragraph"]').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Записать' }).click();
    await page.getByTestId('pane-status').filter({ hasText: /Абзац паспорта записан/ }).waitFor({ timeout: 30_000 });
    const after = await section();
    expect(after.every((text) => text.trim() !== '')).toBe(true);
    expect(after[1]).toMatch(/^Всего 423\u00a0767,8 тыс\. руб\. в т\.ч\. по источникам:$/);
    const sources = ['Федеральный бюджет', 'Бюджет Московской области', 'Бюджет городского округа Ступино', 'Внебюджетные источники'];
    sources.forEach((source, i) => expect(after[2 + i].startsWith(source)).toBe(true));
    const all = after.join('\n');
    for (const source of sources) expect(all.split(source).length - 1).toBe(1);
    expect(all.match(/по источникам/g)).toHaveLength(1);
    expect(after[4]).toContain('421\u00a0246,1');
    expect(after.filter((text, i) => text !== before[i])).toHaveLength(1);
    await pane.getByRole('tab', { name: 'Проверка' }).click();
    expect(await pane.locator('li[data-rule="P003"], li[data-rule="P006"]').count()).toBe(0);
    expect(await pane.locator('[data-testid="report-summary"] [data-severity="error"]').innerText()).toMatch(/^0\s/);
    await pane.getByRole('tab', { name: 'Приложения' }).click();
    await shot(page, '08-paragraph-written');
  });

  test('one step of undo puts the previous text back', async () => {
    const pane = page.getByTestId('task-pane');
    await pane.locator('[data-action="undo-paragraph"]').click();
    await page.getByTestId('pane-status').filter({ hasText: /Прежний текст паспорта возвращён/ }).waitFor({ timeout: 30_000 });
    expect((await section())[4]).toContain('421\u00a0246,4');
    expect(await pane.locator('[data-action="undo-paragraph"]').count()).toBe(0);
  });
});

describe('the pane at 320 px', () => {
  test('an 80-character word does not widen the pane: the text wraps', async () => {
    const page = await openPreview(320);
    await loadExample(page);
    const word = 'Сверхдлинноеслово'.repeat(5).slice(0, 80);
    expect(word).toHaveLength(80);
    // The unit of indicator 1.1 (Приложение 2, D12): the finding about an unknown unit quotes it.
    await page.locator('[data-sheet-tab="Приложение 2"]').click();
    await page.locator('table[data-sheet="Приложение 2"] td[data-address="D12"]').dblclick();
    await page.getByRole('textbox', { name: 'Ячейка D12' }).fill(word);
    await page.keyboard.press('Enter');
    await validateFromKeyboard(page);
    expect(await page.getByTestId('task-pane').textContent()).toContain(word);
    const widths = await page.evaluate(() => {
      const frame = document.querySelector('[data-testid="pane-frame"]') as HTMLElement;
      const right = frame.getBoundingClientRect().right;
      const wider = [...frame.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > right + 1).map((el) => el.tagName);
      return { client: frame.clientWidth, scroll: frame.scrollWidth, window: document.documentElement.scrollWidth, wider };
    });
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect(widths.window).toBeLessThanOrEqual(320);
    expect(widths.wider).toEqual([]);
    await page.getByTestId('pane-frame').screenshot({ path: join(SHOTS, '06-long-word-320.png'), animations: 'disabled' });
    await page.close();
  });
});

test('the pages raised no uncaught errors', () => {
  expect(pageErrors).toEqual([]);
});
