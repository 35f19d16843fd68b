// The coordinator's page: programs × the year's four reports (I квартал, I полугодие, 9 месяцев, год) with
// their deadline statuses and, for the year, the effectiveness evaluation; each cell links to that report's
// versions. Russian, or entirely English with ?lang=en (program names are program text and stay as written).
import type { Lang } from '../../domain/finding';
import type { PeriodCell, ProgramReportsRow, ReportsOverview } from '../../store/contract/reports';
import type { SubmissionStatus } from '../../store/contract/submission';
import { urls } from '../../store/contract/routes';
import { russianPlural } from '../../domain/text/russian-plural';
import { dateText, decimalText, escapeHtml, page } from './html';

const WORDS = {
  ru: {
    title: (year: number) => `Отчёты о реализации муниципальных программ за ${year} год`,
    asOf: (date: string) => `Состояние на ${date} (московское время). Сроки: квартальные отчёты — до 5-го числа месяца, следующего за кварталом; годовой — в срок, указанный в заголовке столбца «Год».`,
    other: 'English',
    program: 'Муниципальная программа',
    periods: ['I квартал', 'I полугодие', '9 месяцев', 'Год'],
    due: (date: string) => `срок ${date}`,
    evaluation: 'Оценка эффективности',
    noEvaluation: 'нет принятого годового отчёта',
    evaluated: (version: number) => `по годовому отчёту, версия ${version}`,
    versions: (n: number) => (n === 0 ? 'версий нет' : `версий: ${n}`),
    latest: (version: number, status: string) => `версия ${version}: ${status}`,
    review: { submitted: 'на проверке', accepted: 'принята', returned: 'возвращена' } satisfies Record<SubmissionStatus, string>,
    none: 'За этот год нет программ в хранилище.',
    legend: 'Обозначения:',
    statuses: ['срок не наступил', 'в срок', 'с опозданием', 'нет отчёта'],
    previous: (year: number) => `← ${year}`,
    next: (year: number) => `${year} →`,
    department: 'отдел',
    overdue: (n: number) => `срок прошёл ${n} ${russianPlural(n, 'день', 'дня', 'дней')} назад`,
  },
  en: {
    title: (year: number) => `Reports on the municipal programs for ${year}`,
    asOf: (date: string) => `As of ${date} (Moscow time). Deadlines: a quarterly report by the 5th of the month after the quarter; the annual one by the date in the Year column's heading.`,
    other: 'Русский',
    program: 'Municipal program',
    periods: ['Q1', 'H1', '9 months', 'Year'],
    due: (date: string) => `due ${date}`,
    evaluation: 'Effectiveness',
    noEvaluation: 'no accepted annual report',
    evaluated: (version: number) => `from the annual report, version ${version}`,
    versions: (n: number) => (n === 0 ? 'no versions' : `versions: ${n}`),
    latest: (version: number, status: string) => `version ${version}: ${status}`,
    review: { submitted: 'under review', accepted: 'accepted', returned: 'returned' } satisfies Record<SubmissionStatus, string>,
    none: 'No program of the store covers this year.',
    legend: 'Legend:',
    statuses: ['not yet due', 'on time', 'late', 'missing'],
    previous: (year: number) => `← ${year}`,
    next: (year: number) => `${year} →`,
    department: 'department',
    overdue: (n: number) => `overdue by ${n} day${n === 1 ? '' : 's'}`,
  },
} as const;

/** The page's own address with the year and language. */
export function coordinatorHref(year: number, lang: Lang): string {
  return `/coordinator?year=${year}${lang === 'en' ? '&lang=en' : ''}`;
}

function cellHtml(programId: string, cell: PeriodCell, lang: Lang): string {
  const w = WORDS[lang];
  const href = `${urls.coordinatorReport(programId, cell.period)}${lang === 'en' ? '?lang=en' : ''}`;
  const latest = cell.latest ? w.latest(cell.latest.version, w.review[cell.latest.status]) : w.versions(0);
  const overdue = cell.deadline.status === 'missing' ? `<span class="detail">${escapeHtml(w.overdue(cell.deadline.daysOverdue))}</span>` : '';
  return (
    `<td class="status ${cell.deadline.status}" data-period="${escapeHtml(cell.period)}" data-status="${cell.deadline.status}">` +
    `<a href="${escapeHtml(href)}"><span class="what">${escapeHtml(cell.text[lang])}</span>` +
    `${overdue}<span class="detail">${escapeHtml(latest)}</span></a></td>`
  );
}

function evaluationHtml(row: ProgramReportsRow, lang: Lang): string {
  const w = WORDS[lang];
  if (!row.evaluation) return `<td class="evaluation"><span class="detail">${escapeHtml(w.noEvaluation)}</span></td>`;
  const { program } = row.evaluation.evaluation;
  const value = program.e.value === null ? '—' : decimalText(program.e.value, lang);
  const rating = program.rating ? ` — ${program.rating[lang]}` : '';
  const symbol = lang === 'ru' ? 'Э' : 'E';
  return (
    `<td class="evaluation"><span class="what">${escapeHtml(`${symbol} = ${value}${rating}`)}</span>` +
    `<span class="detail">${escapeHtml(program.e.formula[lang])}</span>` +
    `<span class="detail">${escapeHtml(w.evaluated(row.evaluation.reportVersion))}</span></td>`
  );
}

export function coordinatorPage(overview: ReportsOverview, lang: Lang): string {
  const w = WORDS[lang];
  const { year } = overview;
  const dues = overview.programs[0]?.periods.map((c) => c.deadline.due) ?? [];
  const head = w.periods.map((name, i) => `<th scope="col">${escapeHtml(name)}${dues[i] ? `<span class="detail">${escapeHtml(w.due(dateText(dues[i], lang)))}</span>` : ''}</th>`).join('');
  const rows = overview.programs
    .map((row) => {
      const who = row.department ? `${w.department}: ${row.department}` : '';
      const name =
        `<th scope="row"><span class="what">${escapeHtml(row.title)}</span>` +
        `<span class="detail">${escapeHtml(row.municipality)}</span>` +
        (who ? `<span class="detail">${escapeHtml(who)}</span>` : '') +
        '</th>';
      return `<tr data-program="${escapeHtml(row.programId)}">${name}${row.periods.map((c) => cellHtml(row.programId, c, lang)).join('')}${evaluationHtml(row, lang)}</tr>`;
    })
    .join('\n');
  const other: Lang = lang === 'ru' ? 'en' : 'ru';
  const body = `<h1>${escapeHtml(w.title(year))}</h1>
<p class="meta">${escapeHtml(w.asOf(dateText(overview.today, lang)))}</p>
<nav><a href="${escapeHtml(coordinatorHref(year - 1, lang))}">${escapeHtml(w.previous(year - 1))}</a><a href="${escapeHtml(coordinatorHref(year + 1, lang))}">${escapeHtml(w.next(year + 1))}</a><a href="${escapeHtml(coordinatorHref(year, other))}" lang="${other}">${escapeHtml(w.other)}</a></nav>
${
  overview.programs.length === 0
    ? `<p>${escapeHtml(w.none)}</p>`
    : `<table>
<thead><tr><th scope="col">${escapeHtml(w.program)}</th>${head}<th scope="col">${escapeHtml(w.evaluation)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
}
<p class="legend">${escapeHtml(w.legend)} ${['notDue', 'onTime', 'late', 'missing'].map((s, i) => `<span class="status ${s}">${escapeHtml(w.statuses[i])}</span>`).join('')}</p>`;
  return page(lang, w.title(year), body);
}
