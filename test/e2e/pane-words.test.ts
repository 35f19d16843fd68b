// The pane's words at 350 px, in headless Chromium over the production build of the preview: explanations
// on demand, each rule's values in its own terms, messages that say what to do beside the field they are
// about, and an English pane with no Russian outside the program's own texts. Screenshots of the pane go to
// artifacts/pane-350/.
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
let page: Page;
const pageErrors: string[] = [];

const pane = () => page.getByTestId('task-pane');
const openView = (view: 'check' | 'store' | 'annexes') => pane().locator(`[data-view-tab="${view}"]`).click();

async function shot(name: string): Promise<void> {
  await page.getByTestId('pane-frame').screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled' });
}

async function statusSays(text: RegExp): Promise<void> {
  await page.getByTestId('pane-status').filter({ hasText: text }).waitFor({ timeout: 30_000 });
}

async function validate(done = /Проверка завершена/): Promise<void> {
  await openView('check');
  await pane().locator('[data-action="validate"]').click();
  await statusSays(done);
}

/** Types into a cell of the preview's workbook as a person would: double-click, type, Enter. */
async function typeInto(sheet: string, address: string, text: string): Promise<void> {
  await page.locator(`[data-sheet-tab="${sheet}"]`).click();
  await page.locator(`table[data-sheet="${sheet}"] td[data-address="${address}"]`).dblclick();
  await page.getByRole('textbox', { name: `Ячейка ${address}` }).fill(text);
  await page.keyboard.press('Enter');
}

/** The store settings, opened when folded. */
async function storeSettings(url: string, token: string): Promise<void> {
  await openView('store');
  if ((await pane().locator('[data-setting="url"]').count()) === 0) await pane().locator('[data-action="store-settings"]').click();
  await pane().locator('[data-setting="url"]').fill(url);
  await pane().locator('[data-setting="token"]').fill(token);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  outDir = mkdtempSync(join(tmpdir(), 'sverka-pane-words-'));
  await buildAddin(outDir, 'https://addins.example.ru/sverka', ['preview']);
  server = await serveDirectory(outDir);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 350, height: 720 }, locale: 'ru-RU' });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${server.url}/preview.html`);
  await pane().locator('[data-action="validate"]').waitFor();
  await pane().getByRole('button', { name: /Загрузить шаблон/ }).click();
  await page.getByRole('menuitem', { name: /Ступино/ }).click();
  await statusSays(/Пример Ступино записан/);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('each rule\'s values in its own terms', () => {
  beforeAll(async () => {
    // Two units typed by hand: one a typo away from the dictionary, one nothing in it is close to.
    await typeInto('Приложение 2', 'D12', 'процентов');
    await typeInto('Приложение 2', 'D13', 'посещений');
    await validate();
  });

  test('I006: no worse than the base value, and what is planned for that year', async () => {
    const i006 = pane().locator('li[data-rule="I006"]').first();
    expect((await i006.locator('[data-value="expected"]').innerText()).replace(/\s+/g, ' ')).toMatch(/^Не хуже базового значения: \d[\d ]*(,\d+)?$/);
    expect((await i006.locator('[data-value="actual"]').innerText()).replace(/\s+/g, ' ')).toMatch(/^Указано на 20\d\d год: \d[\d ]*(,\d+)?$/);
    expect(await i006.innerText()).not.toMatch(/Ожидается/);
    await i006.scrollIntoViewIfNeeded();
    await shot('20-i006-base-and-plan');
  });

  test('P004: both names, the words that differ marked', async () => {
    const p004 = pane().locator('li[data-rule="P004"]').first();
    expect(await p004.locator('[data-value="expected"]').innerText()).toMatch(/^В паспорте: /);
    expect(await p004.locator('[data-value="actual"]').innerText()).toMatch(/^Приложение 1, Подпрограмма I: /);
    // The passport says «государственных и муниципальных услуг», Приложение 1 «муниципальных услуг».
    expect(await p004.locator('[data-value="expected"] mark').allInnerTexts()).toEqual(['государственных и']);
    expect(await p004.locator('[data-value="actual"] mark').count()).toBe(0);
    await p004.scrollIntoViewIfNeeded();
    await shot('21-p004-words-marked');
  });

  test('I004: a suggestion only when it is a typo away', async () => {
    const close = pane().locator('li[data-rule="I004"][data-cell="D12"]');
    const far = pane().locator('li[data-rule="I004"][data-cell="D13"]');
    expect(await close.innerText()).toContain('возможно, «процент»');
    expect(await far.innerText()).not.toContain('возможно');
    expect(await pane().locator('li[data-rule="I004"]').allInnerTexts()).not.toContainEqual(expect.stringContaining('рабочих мест'));
    await far.scrollIntoViewIfNeeded();
    await shot('22-i004-no-far-suggestion');
    // Back as they were.
    await typeInto('Приложение 2', 'D12', '%');
    await typeInto('Приложение 2', 'D13', 'минута');
  });
});

describe('explanations on demand', () => {
  beforeAll(async () => {
    await validate();
  });

  test('no explanation field until asked; «Пояснить» names the cell and opens a field named after it, with the keyboard in it', async () => {
    expect(await pane().locator('textarea[data-explanation]').count()).toBe(0);
    const warnings = await pane().locator('li[data-finding]').filter({ has: page.locator('[data-action="explain"]') }).count();
    expect(warnings).toBe(Number(await page.locator('[data-testid="report-summary"] [data-severity="warning"] span').first().textContent()));
    const first = pane().locator('li[data-rule="I006"]').first();
    const cell = await first.getAttribute('data-cell');
    const explain = first.locator('[data-action="explain"]');
    expect(await explain.getAttribute('aria-label')).toBe(`Пояснить: Пояснение к ячейке ${cell} («Приложение 2»)`);
    await explain.click();
    const field = pane().getByRole('textbox', { name: `Пояснение к ячейке ${cell} («Приложение 2»)` });
    await field.waitFor();
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await pane().locator('textarea[data-explanation]').count()).toBe(1);
    await shot('23-explain-opened');
  });

  test('«то же для всех таких» gives the explanation to the other warnings of the rule and message', async () => {
    const first = pane().locator('li[data-rule="I006"]').first();
    const kinds = await pane().locator('li[data-rule="I006"]').count();
    await first.locator('textarea[data-explanation]').fill('Базовое значение уточнено министерством');
    const all = first.locator('[data-action="explain-all"]');
    expect(await all.innerText()).toBe(`То же для всех таких (${kinds - 1})`);
    await all.click();
    await statusSays(new RegExp(`Пояснение записано ещё ${kinds - 1} предупреждениям того же вида`));
    const texts = await pane().locator('li[data-rule="I006"] textarea[data-explanation]').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    expect(texts).toEqual(Array(kinds).fill('Базовое значение уточнено министерством'));
    // The other warnings (P004, I009) still wait.
    expect(await pane().locator('li[data-rule="I009"] textarea[data-explanation]').count()).toBe(0);
    await shot('24-same-for-all');
  });

  test('the send panel lists what still needs an explanation, each a link to its field', async () => {
    // Sending needs a check without errors: the passport paragraph set right first.
    await openView('annexes');
    await pane().locator('[data-action="write-paragraph"]').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Записать' }).click();
    await statusSays(/Абзац паспорта записан/);
    await storeSettings('https://sverka.example.ru', 'svk_example');
    const list = pane().getByTestId('still-to-explain');
    await list.waitFor();
    const links = list.getByRole('button');
    expect(await links.allInnerTexts()).toEqual([expect.stringMatching(/^A10 \(«Приложение 1»\): Наименование подпрограммы различается$/), expect.stringMatching(/^B37 /), expect.stringMatching(/^B38 /)]);
    await shot('25-still-to-explain');
    await links.nth(1).click();
    const field = pane().getByRole('textbox', { name: 'Пояснение к ячейке B37 («Приложение 2»)' });
    await field.waitFor();
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await pane().locator('[data-view-tab="check"]').getAttribute('aria-selected')).toBe('true');
    await shot('26-explain-from-link');
  });
});

describe('messages that say what to do, beside their field', () => {
  test('an address that is not a web address is told apart from empty fields, beside the address', async () => {
    await storeSettings('sverka.example.ru', 'svk_example');
    const url = pane().locator('[data-setting="url"]');
    const message = await url.evaluate((el) => el.closest('.fui-Field')?.querySelector('.fui-Field__validationMessage')?.textContent ?? '');
    expect(message).toMatch(/^Это не адрес в сети: он начинается с https:\/\/ или http:\/\//);
    expect(await pane().getByTestId('send-hint').innerText()).toBe('Адрес хранилища записан неверно: исправьте его в настройках.');
    await storeSettings('', 'svk_example');
    expect(await pane().getByTestId('send-hint').innerText()).toBe('Укажите адрес хранилища и токен в настройках.');
    await shot('27-empty-address');
  });

  test('an unreachable store: Russian words, the address, no "Failed to fetch", and «Повторить»', async () => {
    await storeSettings('http://127.0.0.1:9', 'svk_example');
    await pane().locator('[data-action="list-programs"]').click();
    const problem = pane().locator('[data-testid="pane-problem"][data-failure="storeNetwork"]');
    await problem.waitFor({ timeout: 60_000 });
    expect(await problem.innerText()).toContain('Хранилище не отвечает по этому адресу');
    expect(await problem.innerText()).toContain('Адрес хранилища: http://127.0.0.1:9');
    expect(await pane().innerText()).not.toMatch(/fetch|Failed|NetworkError/i);
    expect(await problem.locator('[data-action="retry"]').count()).toBe(1);
    // Beside the address field too.
    const beside = await pane().locator('[data-setting="url"]').evaluate((el) => el.closest('.fui-Field')?.querySelector('.fui-Field__validationMessage')?.textContent ?? '');
    expect(beside).toContain('Хранилище не отвечает по этому адресу');
    await shot('28-store-unreachable');
  });

  test('missing explanations: the message points at them and offers no «Повторить»', async () => {
    await storeSettings('http://127.0.0.1:9', 'svk_example');
    await pane().locator('[data-action="send"]').click();
    const problem = pane().locator('[data-testid="pane-problem"][data-failure="unexplainedWarnings"]');
    await problem.waitFor({ timeout: 30_000 });
    expect(await problem.locator('[data-action="retry"]').count()).toBe(0);
    await shot('29-explanations-missing-no-retry');
  });
});

describe('English', () => {
  /** Every word of the program's own texts: the workbook's cells and sheet names. */
  async function programWords(): Promise<Set<string>> {
    const texts = await page.evaluate(() => {
      const { standIn } = (globalThis as unknown as { sverkaPreview: { standIn: { toGrids(): { name: string; rows: ({ value: unknown } | null)[][] }[] } } }).sverkaPreview;
      return standIn.toGrids().flatMap((g) => [g.name, ...g.rows.flatMap((r) => (r ?? []).map((c) => (typeof c?.value === 'string' ? c.value : '')))]);
    });
    return new Set(texts.flatMap((t) => t.match(/[А-Яа-яЁё]+/g) ?? []));
  }

  /** The Cyrillic words the pane shows (its text, its accessible names and tooltips) that no program text has. */
  async function foreignWords(words: Set<string>): Promise<string[]> {
    const shown = await pane().evaluate((el) => {
      const attrs = [...el.querySelectorAll('[aria-label],[title],[placeholder]')].flatMap((n) => ['aria-label', 'title', 'placeholder'].map((a) => n.getAttribute(a) ?? ''));
      return [(el as HTMLElement).innerText, ...attrs].join('\n');
    });
    return [...new Set(shown.match(/[А-Яа-яЁё]+/g) ?? [])].filter((w) => !words.has(w));
  }

  test('every view in English shows no Russian outside the program\'s own texts', async () => {
    await pane().locator('[data-action="language"]').click();
    await pane().locator('[data-action="validate"]').filter({ hasText: 'Validate' }).waitFor();
    await pane().locator('[data-action="validate"]').click();
    await statusSays(/Validation done/);
    // A warning's field open, a failure message shown, every view visited.
    await pane().locator('[data-action="explain"]').first().click();
    const words = await programWords();
    expect(words.size).toBeGreaterThan(100);
    expect(await foreignWords(words)).toEqual([]);
    await shot('30-english-check');
    await openView('store');
    await pane().locator('[data-action="list-programs"]').click();
    await pane().locator('[data-testid="pane-problem"][data-failure="storeNetwork"]').waitFor({ timeout: 60_000 });
    expect(await pane().locator('[data-testid="pane-problem"]').first().innerText()).toContain('The store does not answer at this address');
    expect(await foreignWords(words)).toEqual([]);
    await shot('31-english-store');
    await openView('annexes');
    expect(await foreignWords(words)).toEqual([]);
    await pane().locator('[data-action="language"]').click();
    await openView('check');
    await pane().locator('[data-action="validate"]').filter({ hasText: 'Проверить' }).waitFor();
  });
});

test('the page raised no uncaught errors', () => {
  expect(pageErrors).toEqual([]);
});
