// The coordinator's page in headless Chromium, with JavaScript off: the store (SQLite) with three programs
// and an injected date (15 February 2022), read as a coordinator would — the browser's own credentials
// prompt answered with a reviewer's token. Statuses exactly as docs/design/REPORTS.md's deadlines say, in Russian and
// (?lang=en) entirely in English; each cell leads to its report's versions. Screenshots go to artifacts/screenshots/.
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ASKED_ON, EXPECTED_2021, coordinatorStore, type CoordinatorStore } from '../server/coordinator-scenario';
import { testTargets } from '../server/store-fixture';
import { launchChromium } from './chromium';

jest.setTimeout(120_000);

const SCREENSHOTS = join(__dirname, '..', '..', 'artifacts', 'screenshots');
const CYRILLIC = /[\u0400-\u04FF]/;

let world: CoordinatorStore;
let baseUrl: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  world = await coordinatorStore(testTargets()[0]);
  world.clock.now = ASKED_ON;
  await world.store.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(world.store.app.server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1400, height: 900 },
    httpCredentials: { username: 'coordinator', password: world.store.tokens.reviewer },
  });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await world?.store.close();
});

async function cellsOf(programId: string): Promise<{ status: string | null; text: string }[]> {
  const cells = page.locator(`tr[data-program="${programId}"] td.status`);
  const out: { status: string | null; text: string }[] = [];
  for (let i = 0; i < (await cells.count()); i++) {
    out.push({ status: await cells.nth(i).getAttribute('data-status'), text: (await cells.nth(i).locator('.what').innerText()).trim() });
  }
  return out;
}

test('the year 2021 in Russian: every program × period with the status its deadline gives, on 15 February 2022', async () => {
  const response = await page.goto(`${baseUrl}/coordinator?year=2021`);
  expect(response?.status()).toBe(200);
  await expect(page.title()).resolves.toBe('Отчёты о реализации муниципальных программ за 2021 год');
  expect(await page.locator('p.meta').innerText()).toMatch(/^Состояние на 15\.02\.2022/);
  expect(await page.locator('thead th').allInnerTexts()).toEqual([
    'Муниципальная программа',
    'I квартал\nсрок 05.04.2021',
    'I полугодие\nсрок 05.07.2021',
    '9 месяцев\nсрок 05.10.2021',
    'Год\nсрок 01.03.2022',
    'Оценка эффективности',
  ]);
  expect(await page.locator('tbody tr').count()).toBe(3);
  for (const key of ['a', 'b', 'c'] as const) {
    expect(await cellsOf(world.ids[key])).toEqual(EXPECTED_2021[key].map(([status, ru]) => ({ status, text: ru })));
  }
  expect(await page.locator(`tr[data-program="${world.ids.a}"] td.evaluation .what`).innerText()).toBe('Э = 1,0526 — высокая');
  // 5 April 2021 → 15 February 2022: 25 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31 + 31 + 15 = 316 days.
  expect(await page.locator(`tr[data-program="${world.ids.c}"] td.status[data-period="2021-Q1"] .detail`).allInnerTexts()).toEqual(['срок прошёл 316 дней назад', 'версий нет']);
  expect(await page.locator(`tr[data-program="${world.ids.b}"] td.evaluation`).innerText()).toBe('нет принятого годового отчёта');
  await page.screenshot({ path: join(SCREENSHOTS, 'coordinator-2021-ru.png'), fullPage: true });
});

test('?lang=en is entirely English (program names and departments are data and stay as written)', async () => {
  await page.goto(`${baseUrl}/coordinator?year=2021&lang=en`);
  await expect(page.title()).resolves.toBe('Reports on the municipal programs for 2021');
  for (const key of ['a', 'b', 'c'] as const) {
    expect(await cellsOf(world.ids[key])).toEqual(EXPECTED_2021[key].map(([status, , en]) => ({ status, text: en })));
  }
  expect(await page.locator(`tr[data-program="${world.ids.a}"] td.evaluation .what`).innerText()).toBe('E = 1.0526 — high');
  expect(await page.locator(`tr[data-program="${world.ids.c}"] td.status[data-period="2021-Q1"] .detail`).allInnerTexts()).toEqual(['overdue by 316 days', 'no versions']);
  // Everything but the rows' program text (name, municipality, department) and the evaluation's formula inputs.
  const words = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('tbody th[scope="row"]').forEach((th) => th.remove());
    clone.querySelectorAll('nav a[lang="ru"]').forEach((a) => a.remove());
    return clone.innerText;
  });
  expect(words).toMatch(/Effectiveness/);
  expect(words.split('\n').filter((line) => CYRILLIC.test(line))).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, 'coordinator-2021-en.png'), fullPage: true });
});

test('a cell leads to its report’s versions: Б’s first quarter, returned and sent again', async () => {
  await page.goto(`${baseUrl}/coordinator?year=2021`);
  await page.locator(`tr[data-program="${world.ids.b}"] td.status[data-period="2021-Q1"] a`).click();
  await page.waitForURL(/\/coordinator\/programs\/.+\/reports\/2021-Q1$/);
  await expect(page.locator('h1').innerText()).resolves.toBe('Развитие образования: отчёт за I квартал 2021 года');
  const rows = page.locator('tbody tr');
  expect(await rows.count()).toBe(2);
  expect(await rows.nth(0).locator('td').allInnerTexts()).toEqual(['1', '01.04.2021 15:00', '1', '0 / 0 / 0', 'возвращена', '02.04.2021 10:00 — возвращена: «Не заполнены причины отклонения»']);
  expect(await rows.nth(1).locator('td').allInnerTexts()).toEqual(['2', '12.04.2021 16:30', '1', '0 / 0 / 0', 'на проверке', '']);
  await page.screenshot({ path: join(SCREENSHOTS, 'coordinator-report-versions-ru.png'), fullPage: true });
  await page.locator('nav a', { hasText: '← Все отчёты за 2021 год' }).click();
  await page.waitForURL(/\/coordinator\?year=2021$/);
});

test('without credentials the page is refused and the browser is asked for them; a wrong token is refused too', async () => {
  const anonymous = await browser.newContext({ javaScriptEnabled: false });
  try {
    // A page with nobody to answer the prompt: Chromium gives up on the challenge.
    const navigation = await (await anonymous.newPage()).goto(`${baseUrl}/coordinator?year=2021`).catch((e: unknown) => e);
    expect(String(navigation)).toMatch(/ERR_INVALID_AUTH_CREDENTIALS/);
    const refused = await anonymous.request.get(`${baseUrl}/coordinator?year=2021`);
    expect(refused.status()).toBe(401);
    expect(refused.headers()['www-authenticate']).toBe('Basic realm="sverka", charset="UTF-8"');
    const wrong = await anonymous.request.get(`${baseUrl}/coordinator?year=2021`, { headers: { authorization: `Basic ${Buffer.from('coordinator:not-a-token').toString('base64')}` } });
    expect(wrong.status()).toBe(401);
    const right = await anonymous.request.get(`${baseUrl}/coordinator?year=2021`, { headers: { authorization: `Basic ${Buffer.from(`coordinator:${world.store.tokens.reviewer}`).toString('base64')}` } });
    expect(right.status()).toBe(200);
    expect(right.headers()['content-security-policy']).toMatch(/default-src 'none'/);
    expect(await right.text()).not.toMatch(/<script/i);
  } finally {
    await anonymous.close();
  }
});

test('a refusal is a page in Russian with its status: a year that is none, an unknown program, a wrong token', async () => {
  const badYear = await page.goto(`${baseUrl}/coordinator?year=двадцать`);
  expect(badYear?.status()).toBe(400);
  expect(badYear?.headers()['content-type']).toBe('text/html; charset=utf-8');
  await expect(page.locator('h1').innerText()).resolves.toBe('Неверный адрес страницы');
  expect(await page.locator('p.meta').innerText()).toMatch(/^Проверьте адрес: год — четыре цифры/);
  await page.screenshot({ path: join(SCREENSHOTS, 'coordinator-refused-year-ru.png'), fullPage: true });

  const unknown = await page.goto(`${baseUrl}/coordinator/programs/net-takoi-programmy-2020-2024/reports/2021-Q1?lang=en`);
  expect(unknown?.status()).toBe(404);
  await expect(page.locator('h1').innerText()).resolves.toBe('Not found');
  expect(await page.locator('body').innerText()).not.toMatch(CYRILLIC);
  await page.locator('nav a', { hasText: 'The coordinator’s page' }).click();
  await page.waitForURL(/\/coordinator\?lang=en$/);
  await expect(page.title()).resolves.toMatch(/^Reports on the municipal programs for \d{4}$/);

  const anonymous = await browser.newContext({ javaScriptEnabled: false });
  try {
    const wrong = await anonymous.request.get(`${baseUrl}/coordinator?year=2021`, { headers: { accept: 'text/html', authorization: `Basic ${Buffer.from('coordinator:not-a-token').toString('base64')}` } });
    expect(wrong.status()).toBe(401);
    expect(wrong.headers()['content-type']).toBe('text/html; charset=utf-8');
    const shown = await anonymous.newPage();
    await shown.setContent(await wrong.text());
    await expect(shown.locator('h1').innerText()).resolves.toBe('Нужен вход');
    expect(await shown.locator('body').innerText()).toContain('Токен доступа не принят');
  } finally {
    await anonymous.close();
  }
});
