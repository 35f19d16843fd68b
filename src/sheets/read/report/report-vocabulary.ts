// The words that find the report forms as pasted (docs/design/REPORTS.md): header texts of each column of R1 and R2 in
// the wordings of published forms, and the labels of their rows. Data, not code: a new wording is a line here.
// Texts are compared in headerForm (lower case, "ё" as "е", spaces collapsed).

export type FundingFormColumn = 'dates' | 'number' | 'status' | 'name' | 'source' | 'plan' | 'financed' | 'spent' | 'percent' | 'reason' | 'obligations';
export type IndicatorFormColumn = 'number' | 'name' | 'unit' | 'base' | 'plan' | 'fact' | 'percent' | 'reason';

/** In order: the first that matches a column's header names it (a percent header says «исполнения» too). */
export const FUNDING_FORM_COLUMNS: readonly [FundingFormColumn, RegExp][] = [
  // «Срок реализации: Плановый (дата …) | Фактический (дата …)»: dates, not amounts (a column the form reads nothing from).
  ['dates', /^срок|дата наступления|^дата/],
  ['obligations', /кредиторск\S* задолженност/],
  ['reason', /причин|обоснование/],
  ['percent', /процент|%|уровень (?:исполнения|освоения)|гр\.\s*\d+\s*\/\s*гр\./],
  ['financed', /профинансирован|фактическое финансирование|финансирование с начала года|объем финансирования.*факт/],
  ['spent', /освоен|исполнено|фактическ\S* (?:расход|выполнени|исполнени)|кассов\S* (?:расход|исполнени)|факт за отчетный период|^факт(?![а-яё])/],
  ['plan', /план|предусмотрено|бюджетн\S* роспис|утвержден|оценка расходов|бюджетные ассигнования|лимит/],
  ['source', /источник\S* финансирован/],
  ['number', /^№|^n п\/п|^номер/],
  // «Статус»: what the row is («Муниципальная программа», «Подпрограмма», «Основное мероприятие»), its name beside it.
  ['status', /^статус$/],
  ['name', /наименование|подпрограмм|мероприяти/],
];

/** What a «Статус» cell says the row is. */
export const STATUS = {
  program: /^(?:муниципальная |государственная |ведомственная целевая )?программа/,
  subprogram: /^подпрограмм/,
  activity: /мероприяти|^проект|контрольное событие/,
};

/** The plan is the budget allocation, not the program's amount (R001 then shows the gap as info). */
export const BUDGET_PLAN = /роспис|утвержденн\S* план|оценка расходов|ассигновани|лимит/;

export const INDICATOR_FORM_COLUMNS: readonly [IndicatorFormColumn, RegExp][] = [
  ['reason', /причин|обоснование/],
  ['percent', /процент|%|уровень достижения/],
  ['fact', /фактическ|факт(?![а-яё])|достигнут/],
  ['base', /базов/],
  ['plan', /планируем|план/],
  ['unit', /единиц\S* измерения|ед\.\s*изм/],
  ['number', /^№|^n п\/п|^номер/],
  ['name', /показател|наименование/],
];

export const ROW = {
  subprogramTotal: /^(?:всего|итого) по подпрограмм/,
  activityTotal: /^(?:всего|итого) по (?:основному )?мероприяти/,
  programTotal: /^(?:итого|всего)(?: по (?:муниципальной )?программ\S*)?:?$|^итого по муниципальной программе/,
  ofWhich: /^в том числе:?$|^в т\.\s*ч\.:?$/,
  subprogram: /^подпрограмм\S*\s/,
  activity: /^(?:основное мероприятие|мероприятие|контрольное событие)/,
};

/** The form's own title, for the report's title fields. */
export const FUNDING_FORM_TITLE = /выполнени\S* мероприятий|ресурсн\S* обеспечени|исполнени\S* (?:расходов|мероприятий)|финансировани/;
export const INDICATOR_FORM_TITLE = /достижени\S* (?:планируемых|целевых|значений)|показател/;
