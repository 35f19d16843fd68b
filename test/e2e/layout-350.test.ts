// What a person sees at the task pane's width (350 px, Excel on the web), in headless Chromium over the
// production build of the preview: things that only the browser's layout decides.
// - «Открыть .xlsx» with a file that is not a workbook: the window as narrow as the pane showed the message
//   nowhere — it was placed to the left of where the pane would be in a wide window, i.e. off the screen.
// - «Исправить» beside the value it will write: the button shrank with the text and broke its word in two
//   («Исправ / ить»).
// - An empty file was «архив повреждён (нет оглавления архива)», sending the person looking for damage.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildAddin } from './build-addin';
import { launchChromium } from './chromium';
import { serveDirectory, type StaticServer } from './static-server';

jest.setTimeout(90_000);

let outDir: string;
let server: StaticServer;
let browser: Browser;

async function openPreview(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'ru-RU' });
  await page.goto(`${server.url}/preview.html`);
  await page.getByTestId('task-pane').locator('[data-action="validate"]').waitFor();
  return page;
}

/** The element's box lies wholly inside the window. */
async function whollyInWindow(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight;
  }, selector);
}

/** How many lines the element's text takes (distinct tops of its text boxes). */
async function textLines(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return 0;
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  }, selector);
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'sverka-layout-350-'));
  await buildAddin(join(outDir, 'site'), 'https://addins.example.ru/sverka', ['preview']);
  server = await serveDirectory(join(outDir, 'site'));
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe.each([350, 1280])('a window %i px wide', (width) => {
  test('a file that does not open says so where it can be seen and closed', async () => {
    const page = await openPreview(width);
    const file = join(outDir, 'пустой.xlsx');
    writeFileSync(file, '');
    await page.getByTestId('open-xlsx-input').setInputFiles(file);
    const alert = page.getByRole('alert').filter({ hasText: 'Книга не открыта' });
    await alert.waitFor();
    expect(await whollyInWindow(page, 'header [role="alert"]')).toBe(true);
    // An empty file is called empty (as `sverka validate` calls it), not a damaged archive.
    expect(await alert.innerText()).toContain('файл пуст (0 байт)');
    await alert.getByRole('button', { name: 'Закрыть' }).click();
    expect(await alert.count()).toBe(0);
    await page.close();
  });
});

test('at 350 px «Исправить» keeps its word on one line beside a long value', async () => {
  const page = await openPreview(350);
  const pane = page.getByTestId('task-pane');
  await pane.getByRole('button', { name: /Загрузить шаблон/ }).click();
  await page.getByRole('menuitem', { name: /Ступино/ }).click();
  await page.getByTestId('pane-status').filter({ hasText: /Пример Ступино записан/ }).waitFor({ timeout: 30_000 });
  await pane.locator('[data-action="validate"]').click();
  await page.getByTestId('pane-status').filter({ hasText: /Проверка завершена/ }).waitFor({ timeout: 30_000 });
  const fix = '[data-testid="task-pane"] li[data-rule="I009"] [data-action="fix"]';
  expect(await page.locator(fix).first().innerText()).toBe('Исправить');
  expect(await textLines(page, fix)).toBe(1);
  await page.close();
});
