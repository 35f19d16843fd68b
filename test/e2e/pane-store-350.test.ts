// Sending from the pane at 350 px, to a real store (as `sverka store serve` builds it, SQLite in a temp
// folder), in headless Chromium over the production build of the preview: a program sent again unchanged
// is said to be there already; the history says who, when, the decision and what changed, not hashes; a
// refused token says what to do and offers no «Повторить». Screenshots of the pane go to artifacts/pane-350/.
import type { Page } from 'playwright-core';
import { createToken, revokeToken } from '../../src/server/auth/tokens';
import { DEPARTMENT, paneAndStore } from './pane-and-store';

jest.setTimeout(90_000);

const ctx = paneAndStore('store');
const { pane, openView, shot, statusSays, pageErrors } = ctx;
let page: Page;

async function storeSettings(url: string, key: string): Promise<void> {
  await openView('store');
  if ((await pane().locator('[data-setting="url"]').count()) === 0) await pane().locator('[data-action="store-settings"]').click();
  await pane().locator('[data-setting="url"]').fill(url);
  await pane().locator('[data-setting="token"]').fill(key);
}

async function send(): Promise<void> {
  await openView('store');
  await pane().locator('[data-action="send"]').click();
}

beforeAll(async () => {
  page = ctx.page;
  await page.goto(ctx.previewUrl);
  await pane().getByRole('button', { name: /Загрузить шаблон/ }).click();
  await page.getByRole('menuitem', { name: /Ступино/ }).click();
  await statusSays(/Пример Ступино записан/);
  await pane().locator('[data-action="validate"]').click();
  await statusSays(/Проверка завершена/);
  // The published errors set right: the passport's paragraph from Приложение 1.
  await openView('annexes');
  await pane().locator('[data-action="write-paragraph"]').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Записать' }).click();
  await statusSays(/Абзац паспорта записан/);
  // Every warning explained through «Пояснить» and «То же для всех таких».
  await openView('check');
  for (let left = await pane().locator('[data-action="explain"]').count(); left > 0; left = await pane().locator('[data-action="explain"]').count()) {
    const key = await pane().locator('li[data-finding]').filter({ has: page.locator('[data-action="explain"]') }).first().getAttribute('data-finding');
    const item = pane().locator(`li[data-finding="${key}"]`);
    await item.locator('[data-action="explain"]').click();
    await item.locator('textarea[data-explanation]').fill('Значение согласовано с министерством');
    if ((await item.locator('[data-action="explain-all"]').count()) > 0) await item.locator('[data-action="explain-all"]').click();
  }
  await storeSettings(ctx.storeUrl, ctx.token);
}, 300_000);

test('sent, then sent again unchanged: the store says it has this version already, and when it got it', async () => {
  await send();
  const answer = pane().getByTestId('store-accepted');
  await answer.filter({ hasText: 'Хранилище приняло программу: версия 1.' }).waitFor({ timeout: 30_000 });
  await send();
  await answer.filter({ hasText: /Эта версия уже в хранилище: версия 1 от \d\d\.\d\d\.\d{4}, \d\d:\d\d\. Новая версия не создана\./ }).waitFor({ timeout: 30_000 });
  expect(await answer.getAttribute('data-existing')).toBe('true');
  expect(await pane().getByTestId('store-history').locator('li[data-version]').count()).toBe(1);
  await shot('40-already-in-store');
});

test('the history: when, who, the decision with the reviewer\'s comment and what changed since the version before; no hashes', async () => {
  // The coordinator returns version 1 with a comment (as a reviewer does, over the API).
  const reviewer = (await createToken(ctx.database.db, { department: 'Финансовое управление', role: 'reviewer' })).token;
  const programId = (await ctx.store.inject({ method: 'GET', url: '/api/v1/programs', headers: { authorization: `Bearer ${reviewer}` } })).json().programs[0].programId;
  const returned = await ctx.store.inject({
    method: 'POST',
    url: `/api/v1/programs/${programId}/versions/1/review`,
    headers: { authorization: `Bearer ${reviewer}` },
    payload: { decision: 'returned', comment: 'Уточните цели программы в паспорте' },
  });
  expect(returned.statusCode).toBe(201);
  // The program's goals rewritten in the passport (B-column of the «Цели» row), sent as version 2.
  await page.locator('[data-sheet-tab="Паспорт"]').click();
  const address = await page.evaluate(() => {
    const row = [...document.querySelectorAll('table[data-sheet="Паспорт"] tr')].find((tr) => /^Цели/.test(tr.querySelector('td[data-address^="A"]')?.textContent ?? ''));
    return row?.querySelector('td[data-address^="B"]')?.getAttribute('data-address') ?? '';
  });
  expect(address).toMatch(/^B\d+$/);
  await page.locator(`table[data-sheet="Паспорт"] td[data-address="${address}"]`).dblclick();
  await page.getByRole('textbox', { name: `Ячейка ${address}` }).fill('Повышение доступности муниципальных услуг');
  await page.keyboard.press('Enter');
  await send();
  await pane().getByTestId('store-accepted').filter({ hasText: 'Хранилище приняло программу: версия 2.' }).waitFor({ timeout: 30_000 });
  const history = pane().getByTestId('store-history');
  const v2 = history.locator('li[data-version="2"]');
  await v2.waitFor();
  const text = await v2.innerText();
  expect(text).toMatch(/^Версия 2 от \d\d\.\d\d\.\d{4}, \d\d:\d\d/);
  expect(text).toContain(`Отправил: ${DEPARTMENT}`);
  expect(text).toContain('Решения ещё нет: на проверке');
  expect(text).toContain('Что изменилось после версии 1:');
  expect(await v2.locator('li[data-change-path]').allInnerTexts()).toEqual([expect.stringMatching(/^Паспорт, Цели муниципальной программы: .+ → Повышение доступности муниципальных услуг/)]);
  const v1 = await history.locator('li[data-version="1"]').innerText();
  expect(v1).toContain('Первая версия в хранилище.');
  expect(v1).toContain('Решение: возвращена на доработку');
  expect(v1).toContain('Комментарий (Финансовое управление): Уточните цели программы в паспорте');
  expect(await pane().innerText()).not.toMatch(/sha256|[0-9a-f]{64}/);
  await v2.scrollIntoViewIfNeeded();
  await shot('41-history-what-changed');
});

test('a wrong token and a revoked one: each says so and whom to ask, no command line, no «Повторить»', async () => {
  await storeSettings(ctx.storeUrl, 'svk_not-a-token');
  await send();
  const unknown = pane().locator('[data-testid="pane-problem"][data-failure="storeUnauthorized"]');
  await unknown.waitFor({ timeout: 30_000 });
  expect(await unknown.innerText()).toContain('Хранилище не знает этот токен');
  expect(await unknown.innerText()).toContain('администратора хранилища');
  expect(await unknown.innerText()).not.toMatch(/sverka|token create|Bearer/);
  expect(await unknown.locator('[data-action="retry"]').count()).toBe(0);
  // Beside the token field too.
  const beside = await pane().locator('[data-setting="token"]').evaluate((el) => el.closest('.fui-Field')?.querySelector('.fui-Field__validationMessage')?.textContent ?? '');
  expect(beside).toContain('Хранилище не знает этот токен');
  await shot('42-wrong-token');
  const revoked = await createToken(ctx.database.db, { department: DEPARTMENT, role: 'submitter' });
  await revokeToken(ctx.database.db, { tokenId: revoked.tokenId });
  await storeSettings(ctx.storeUrl, revoked.token);
  await send();
  const problem = pane().locator('[data-testid="pane-problem"][data-failure="storeTokenRevoked"]');
  await problem.waitFor({ timeout: 30_000 });
  expect(await problem.innerText()).toContain('Этот токен отозван. Попросите новый токен у администратора хранилища');
  expect(await problem.locator('[data-action="retry"]').count()).toBe(0);
  await shot('43-revoked-token');
});

test('the page raised no uncaught errors', () => {
  expect(pageErrors).toEqual([]);
});
