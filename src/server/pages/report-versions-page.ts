// A report's versions as a page for the coordinator: each version with when it was sent (Moscow time), the
// program version it refers to, its findings' counts, its status and its reviews with their comments.
import type { Lang } from '../../domain/finding';
import { periodTitle, type ReportPeriod } from '../../domain/reporting/period';
import type { ReportReview, ReportVersionSummary } from '../../store/contract/reports';
import type { SubmissionStatus } from '../../store/contract/submission';
import { coordinatorHref } from './coordinator-page';
import { escapeHtml, moscowDateTime, page } from './html';

const WORDS = {
  ru: {
    title: (program: string, period: string) => `${program}: отчёт ${period}`,
    back: (year: number) => `← Все отчёты за ${year} год`,
    other: 'English',
    columns: ['Версия', 'Отправлена (МСК)', 'Версия программы', 'Ошибки / предупреждения / сведения', 'Статус', 'Рассмотрение'],
    none: 'Отчёт за этот период не отправлялся.',
    review: { submitted: 'на проверке', accepted: 'принята', returned: 'возвращена' } satisfies Record<SubmissionStatus, string>,
    decision: { accepted: 'принята', returned: 'возвращена' },
  },
  en: {
    title: (program: string, period: string) => `${program}: the report ${period}`,
    back: (year: number) => `← All reports for ${year}`,
    other: 'Русский',
    columns: ['Version', 'Sent (Moscow time)', 'Program version', 'Errors / warnings / infos', 'Status', 'Reviews'],
    none: 'No report was sent for this period.',
    review: { submitted: 'under review', accepted: 'accepted', returned: 'returned' } satisfies Record<SubmissionStatus, string>,
    decision: { accepted: 'accepted', returned: 'returned' },
  },
} as const;

export interface VersionsPageInput {
  programId: string;
  programTitle: string;
  period: ReportPeriod;
  periodKey: string;
  versions: readonly ReportVersionSummary[];
  reviews: ReadonlyMap<number, readonly ReportReview[]>;
}

export function reportVersionsPage(input: VersionsPageInput, lang: Lang): string {
  const w = WORDS[lang];
  const title = w.title(input.programTitle, periodTitle(input.period)[lang]);
  const rows = input.versions
    .map((v) => {
      const reviews = (input.reviews.get(v.version) ?? [])
        .map((r) => `${moscowDateTime(r.createdAt, lang)} — ${w.decision[r.decision]}${r.comment.trim() ? `: «${r.comment.trim()}»` : ''}`)
        .map((text) => `<span class="detail">${escapeHtml(text)}</span>`)
        .join('');
      const cells = [String(v.version), moscowDateTime(v.createdAt, lang), String(v.programVersion), `${v.summary.error} / ${v.summary.warning} / ${v.summary.info}`, w.review[v.status]];
      return `<tr data-version="${v.version}">${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}<td>${reviews}</td></tr>`;
    })
    .join('\n');
  const other: Lang = lang === 'ru' ? 'en' : 'ru';
  const self = `?${other === 'en' ? 'lang=en' : 'lang=ru'}`;
  const body = `<h1>${escapeHtml(title)}</h1>
<nav><a href="${escapeHtml(coordinatorHref(input.period.year, lang))}">${escapeHtml(w.back(input.period.year))}</a><a href="${escapeHtml(self)}" lang="${other}">${escapeHtml(w.other)}</a></nav>
${
  input.versions.length === 0
    ? `<p>${escapeHtml(w.none)}</p>`
    : `<table>
<thead><tr>${w.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`
}`;
  return page(lang, title, body);
}
