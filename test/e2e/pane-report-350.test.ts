// «Отчёт за период» in the pane at 350 px, in headless Chromium over the production build of the preview, with a
// real store (as `sverka store serve` builds it, SQLite in a temp folder, its clock on 2 April 2021) holding
// the worked example's program: choose the period and the stored version, create the report sheets, type
// the facts and a wrong plan into the preview's workbook, check, see the defect at its cell, fix it, send,
// see the store's answer with the deadline; the sheets are not replaced without asking; English has no
// Russian outside the program's own texts. Screenshots of the pane go to artifacts/pane-350/report-*.png.
import type { Page } from 'playwright-core';
import { checkProgram } from '../../src/domain/check-program';
import { Program } from '../../src/domain/model/program';
import { StoreClient } from '../../src/store/client';
import example from '../../examples/stupino-2020-2024.program.json';
import { paneAndStore } from './pane-and-store';

jest.setTimeout(90_000);

const R1 = 'Форма R1';

// The store's clock on 2 April 2021: the first quarter's report is due on 5 April.
const ctx = paneAndStore('report', { now: () => new Date('2021-04-02T09:00:00Z') });
const { pane, openView, shot, statusSays, pageErrors } = ctx;
let page: Page;
let storeUrl: string;
let token: string;
let programId: string;

/** Types into a cell of the preview's workbook as a person would: double-click, type, Enter. */
async function typeInto(sheet: string, address: string, text: string): Promise<void> {
  await page.locator(`[data-sheet-tab="${sheet}"]`).click();
  await page.locator(`table[data-sheet="${sheet}"] td[data-address="${address}"]`).dblclick();
  await page.getByRole('textbox', { name: `Ячейка ${address}` }).fill(text);
  await page.keyboard.press('Enter');
}

/** Rows (1-based) of form R1 in the preview whose source (column C) is `text`, in order. */
function sourceRowsOf(text: string): Promise<number[]> {
  return page.evaluate(
    ([sheet, wanted]) =>
      [...document.querySelectorAll(`table[data-sheet="${sheet}"] td[data-address^="C"]`)]
        .filter((td) => td.textContent === wanted)
        .map((td) => Number((td.getAttribute('data-address') ?? '').slice(1))),
    [R1, text],
  );
}

/** Form R1's rows of the city budget of subprograms I and II and of subprogram II's extra-budgetary sources. */
let rows: { cityI: number; cityII: number; extraII: number };

/** The pane is as wide as its frame: nothing sticks out to the right, nothing scrolls sideways. */
async function expectFitsThePane(): Promise<void> {
  const widths = await page.evaluate(() => {
    const frame = document.querySelector('[data-testid="pane-frame"]') as HTMLElement;
    const right = frame.getBoundingClientRect().right;
    const wider = [...frame.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > right + 1).map((el) => el.tagName);
    return { client: frame.clientWidth, scroll: frame.scrollWidth, wider };
  });
  expect(widths.wider).toEqual([]);
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}

/** A cell's text as the preview shows it, its no-break spaces (digit groups) as plain ones. */
const cellText = async (sheet: string, address: string) => (await page.locator(`table[data-sheet="${sheet}"] td[data-address="${address}"]`).innerText()).replace(/\s/g, ' ');

beforeAll(async () => {
  ({ page, storeUrl, token } = ctx);
  // The worked example with its published error corrected (421 246,1), its warnings explained: version 1.
  const program = Program.parse(example);
  program.passport!.funding!.sources.find((s) => /городского округа/.test(s.name))!.total = '421246.1';
  const warnings = checkProgram({ program }).findings.filter((f) => f.severity === 'warning');
  const client = new StoreClient({ baseUrl: storeUrl, token });
  programId = (await client.submit({ program, explanations: Object.fromEntries(warnings.map((f) => [f.key, 'Согласовано с министерством'])) })).programId;
  await page.goto(ctx.previewUrl);
  await pane().locator('[data-action="validate"]').waitFor();
}, 300_000);

test('a workbook without report sheets: «Проверить отчёт» says so and what to do', async () => {
  await openView('report');
  await pane().locator('[data-action="report-check"]').click();
  const problem = pane().locator('[data-testid="pane-problem"][data-failure="noReportSheets"]');
  await problem.waitFor({ timeout: 30_000 });
  expect(await problem.innerText()).toContain('В книге нет листов отчёта');
  expect(await problem.innerText()).toContain('«Создать листы отчёта»');
  await shot('report-49-no-sheets');
  await problem.getByRole('button', { name: 'Закрыть сообщение' }).click();
});

test('without the store set up, the report view says so and leads to the settings', async () => {
  await openView('report');
  const panel = pane().getByTestId('report-panel');
  await panel.waitFor();
  expect(await panel.innerText()).toContain('Чтобы выбрать программу из хранилища, впишите его адрес и токен.');
  await panel.locator('[data-action="report-open-store"]').click();
  await pane().locator('[data-setting="url"]').fill(storeUrl);
  await pane().locator('[data-setting="token"]').fill(token);
});

test('the period and the stored version chosen, «Создать листы отчёта» writes forms R1 and R2 with the plan', async () => {
  await openView('report');
  const panel = pane().getByTestId('report-panel');
  await panel.getByTestId('report-quarters').selectOption('1');
  await panel.getByTestId('report-year').fill('2021');
  await panel.locator('[data-action="report-list-programs"]').click();
  await panel.getByTestId('report-program').selectOption(programId);
  await statusSays(/Версии программы получены: 1\./);
  expect(await panel.getByTestId('report-version').locator('option:checked').innerText()).toMatch(/^Версия 1: на проверке, \d\d\.\d\d\.\d{4}, \d\d:\d\d$/);
  expect(await panel.getByTestId('report-send-hint').innerText()).toBe('Сначала нажмите «Проверить отчёт».');
  await expectFitsThePane();
  await shot('report-50-choose');
  await panel.locator('[data-action="report-create"]').click();
  await statusSays(/Листы отчёта за I квартал 2021 года записаны: «Форма R1», «Форма R2»/);
  await page.locator(`[data-sheet-tab="${R1}"]`).click();
  expect(await cellText(R1, 'A4')).toBe('за I квартал 2021 года');
  expect(await cellText(R1, 'A5')).toBe(`Программа: ${programId} — версия 1`);
  const [cityI, cityII] = await sourceRowsOf('Бюджет городского округа Ступино');
  rows = { cityI, cityII, extraII: (await sourceRowsOf('Внебюджетные источники'))[1] };
  expect(await cellText(R1, `D${cityI}`)).toBe('82 348,0');
});

test('facts typed and a plan typed wrong: «Проверить отчёт» finds it at its cell; «Исправить» writes the plan and checks again', async () => {
  // A quarter of the year's plan on each line with money (the first quarter's pace), and a wrong plan.
  const { cityI, cityII, extraII } = rows;
  for (const [row, value] of [[cityI, '20 587,0'], [cityII, '3 966,9'], [extraII, '45,7']] as const) {
    for (const column of ['E', 'F']) await typeInto(R1, `${column}${row}`, value);
  }
  await typeInto(R1, `D${cityI}`, '82 000');
  expect(await cellText(R1, `G${cityII}`)).toBe('25,0');
  await openView('report');
  await pane().locator('[data-action="report-check"]').click();
  await statusSays(/^Отчёт проверен: \d+ ошибк/);
  const defect = pane().locator(`li[data-rule="R001"][data-cell="D${cityI}"]`);
  await defect.waitFor();
  expect(await defect.innerText()).toMatch(/82 348/);
  expect(await pane().getByTestId('report-against').innerText()).toMatch(/^Проверено по версии 1 программы «Цифровое муниципальное образование» из хранилища\.$/);
  expect(await page.locator(`table[data-sheet="${R1}"] td[data-address="D${cityI}"]`).getAttribute('data-fill')).toBeTruthy();
  await defect.scrollIntoViewIfNeeded();
  await shot('report-51-defect');
  // Go to the cell, then fix it.
  await defect.locator('button').first().click();
  await statusSays(new RegExp(`Выделена ячейка D${cityI} на листе «Форма R1»`));
  expect(await page.locator(`table[data-sheet="${R1}"] td[data-address="D${cityI}"]`).getAttribute('data-selected')).toBe('true');
  await defect.locator('[data-action="fix"]').click();
  await statusSays(/Исправлено 1 значение\. Отчёт проверен заново\. Отчёт проверен: замечаний нет\./);
  expect(await cellText(R1, `D${cityI}`)).toBe('82 348,0');
  expect(await pane().locator('li[data-finding]').count()).toBe(0);
  // Subprogram II's extra-budgetary sources spent at 2,7 % of the year's plan: below the quarter's pace, no reason.
  for (const column of ['E', 'F']) await typeInto(R1, `${column}${extraII}`, '5,0');
  await openView('report');
  await pane().locator('[data-action="report-check"]').click();
  await statusSays(/^Отчёт проверен: 0 ошибок, 1 предупреждение, 0 сведений\.$/);
  await pane().locator(`li[data-rule="R006"][data-cell="H${extraII}"]`).waitFor();
});

test('«Отправить отчёт»: the warning without an explanation is pointed at; explained, the store accepts it, in time; creating the sheets again asks before replacing them', async () => {
  expect(await pane().getByTestId('report-send-hint').innerText()).toBe('Хранилище примет отчёт, когда у каждого предупреждения будет пояснение. Ещё нужно пояснить: 1.');
  await pane().locator('[data-action="report-send"]').click();
  const warning = pane().locator('li[data-rule="R006"][data-flagged="true"]');
  await warning.waitFor({ timeout: 30_000 });
  expect(await warning.innerText()).toContain('Нужно пояснение: без него хранилище не примет отчёт.');
  const field = warning.locator('textarea[data-explanation]');
  expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
  await warning.scrollIntoViewIfNeeded();
  await shot('report-52-explain');
  await field.fill('Договор на обслуживание заключён в апреле');
  await pane().locator('[data-action="report-send"]').click();
  const answer = pane().getByTestId('report-accepted');
  await answer.waitFor({ timeout: 30_000 });
  expect(await answer.innerText()).toContain('Хранилище приняло отчёт за I квартал 2021 года: версия 1, на проверке у координатора.');
  expect(await pane().getByTestId('report-deadline').innerText()).toBe('Срок сдачи — 05.04.2021: в срок.');
  await answer.scrollIntoViewIfNeeded();
  await shot('report-53-sent');
  expect(await pane().locator('li[data-rule="R006"]').count()).toBe(1);
  await pane().locator('[data-action="report-create"]').click();
  const dialog = page.getByTestId('replace-dialog');
  await dialog.waitFor();
  // Only the form a fact was typed into is named: R2 is as the pane made it.
  expect(await dialog.innerText()).toContain('Лист «Форма R1» уже заполнен');
  await shot('report-54-replace');
  await dialog.locator('[data-action="replace-cancel"]').click();
  await statusSays(/Загрузка отменена: книга не изменена\./);
  expect(await cellText(R1, `F${rows.cityI}`)).toBe('20 587,0');
});

test('in English: the report view has no Russian outside the program\'s own texts', async () => {
  await pane().locator('[data-action="language"]').click();
  await openView('report');
  const panel = pane().getByTestId('report-panel');
  await panel.getByText('Report for a period').waitFor();
  // The program's own words: its title, its sources (a finding quotes them), the sheets' names, its id.
  const own = [Program.parse(example).title, 'Внебюджетные источники', 'Форма R1', 'Форма R2', programId];
  const strip = (text: string) => own.reduce((t, s) => t.split(s).join(''), text);
  // The program list names the stored program by its own title (and the «за …» of the sheets' title block is not shown here).
  const shown = strip(await pane().innerText());
  expect(shown).toContain('The store accepted the report for Q1 2021: version 1');
  expect(shown).toContain('Due 05/04/2021: on time.');
  expect(shown).not.toMatch(/[А-Яа-яЁё]/);
  await expectFitsThePane();
  await shot('report-55-english');
  await pane().locator('[data-action="language"]').click();
});

test('the page raised no uncaught errors', () => {
  expect(pageErrors).toEqual([]);
});
