import { paths } from '../../../../src/domain/paths';
import { requiredTable } from '../../../../src/domain/rules/structure/S001-required-table';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();
/** The blank template as read: every table found, every amount zero, every name a placeholder. */
const blank = edit(program, (p) => {
  const zero = (r: { total: string | null; years: (string | null)[] }) => {
    r.total = '0';
    r.years = r.years.map(() => '0');
  };
  const f = p.funding!;
  for (const sp of f.subprograms) {
    sp.sources.forEach(zero);
    if (sp.total) zero(sp.total);
  }
  if (f.total) zero(f.total);
  f.totalBySource.forEach(zero);
  const pf = p.passport!.funding!;
  pf.total = null;
  pf.years = [];
  pf.sources = [];
  for (const sp of p.indicators!.subprograms) for (const a of sp.activities) for (const i of a.indicators) i.name = '…';
});

ruleTester.run(requiredTable, {
  valid: [
    { name: 'the passport and both annexes are there', program },
    {
      name: 'a table whose header was not recognised is S002\'s, not S001\'s',
      program: edit(program, (p) => { p.funding = null; }),
      readIssues: [{ rule: 'S002', messageId: 'headerNotFound', path: paths.funding, sheet: 'Лист2', cell: 'A7', data: { table: 'Приложение 1', looked: '«Источник финансирования»' } }],
    },
    { name: 'one amount that is not zero is a program\'s data', program: edit(blank, (p) => { p.funding!.subprograms[0].sources[0].years[0] = '12.5'; }) },
    { name: 'one indicator with a name is a program\'s data', program: edit(blank, (p) => { p.indicators!.subprograms[0].activities[0].indicators[0].name = 'Доля жителей, получающих услуги в электронном виде'; }) },
  ],
  invalid: [
    {
      name: 'the blank template: the tables are there, with nothing in them',
      program: blank,
      errors: [
        {
          messageId: 'noProgramData',
          path: paths.funding,
          severity: 'error',
          message: {
            ru: 'В книге нет данных программы: суммы пусты или равны нулю, у показателей нет наименований (незаполненный шаблон) — проверять нечего, и такая книга не принимается',
            en: 'The workbook holds no program: its amounts are empty or zero and its indicators have no names (an untouched template); there is nothing to check, and it is not accepted',
          },
        },
      ],
    },
    {
      name: 'no Приложение 1: an error at the table\'s path, with no cell',
      program: edit(program, (p) => { p.funding = null; }),
      errors: [{ messageId: 'fundingMissing', path: paths.funding, severity: 'error', sheet: null, cell: null, message: { ru: 'В книге не найдено Приложение 1 «Объем финансовых ресурсов» (искали заголовки «Источник финансирования», «Общий объем финансовых ресурсов»)', en: 'Annex 1 (the funding table, "Объем финансовых ресурсов") was not found in the workbook' } }],
    },
    {
      name: 'no Приложение 2',
      program: edit(program, (p) => { p.indicators = null; }),
      errors: [{ messageId: 'indicatorsMissing', path: paths.indicators, severity: 'error', message: { ru: 'В книге не найдено Приложение 2 «Планируемые результаты реализации муниципальной программы»', en: 'Annex 2 (planned results, "Планируемые результаты") was not found in the workbook' } }],
    },
    {
      name: 'no passport: only info',
      program: buildProgram({ passport: false }),
      errors: [{ messageId: 'passportMissing', path: paths.passport, severity: 'info', message: { ru: 'Паспорт муниципальной программы не найден: сверка паспорта с Приложением 1 не выполнялась', en: 'The program passport was not found: the passport was not checked against Annex 1' } }],
    },
  ],
});
