// The report as the CLI prints it: JSON (each finding as data, with its words in the chosen language and
// its fix as the write into its cell), or text grouped by sheet. Words come from the message maps.
import { formatDecimalRu } from '../domain/amount';
import type { Finding, Lang } from '../domain/finding';
import type { Place } from '../domain/messages/message-data';
import { renderAffects, renderField, renderMessage, renderPlace, renderValueLabels } from '../domain/messages/render-message';
import { describeReading } from '../domain/messages/render-reading';
import type { Report } from '../domain/report';
import type { TableReading } from '../domain/read-summary';
import { SEVERITY_LABEL, SEVERITY_RANK, type Severity } from '../domain/severity';
import { russianPlural as plural } from '../domain/text/russian-plural';
import type { WorkbookFinding, WorkbookReport } from '../sheets/check-workbook';
import type { CellWrite } from '../sheets/resolve-fix';
import { writeJsonDocument } from './json-output';

export interface JsonFinding {
  rule: string;
  severity: Severity;
  /** The explanation key the store asks for (`sverka push --explain KEY=TEXT`). */
  key: string;
  /** Where in the program (docs/findings.md). */
  path: string;
  sheet: string | null;
  cell: string | null;
  messageId: string;
  data: Finding['data'];
  /** The message rendered in the chosen language. */
  message: string;
  expected: string | null;
  actual: string | null;
  /** What the fix writes into `cell` (a formula where the cells are known); null: no fix. */
  fix: CellWrite | null;
  /** The other cells this finding's cell throws off, folded under it (one defect, one finding); `where` in `--lang`. */
  affects: { rule: string; path: string; sheet: string | null; cell: string | null; place: Finding['data']; where: string }[];
}

export interface JsonReport {
  valid: boolean;
  summary: { error: number; warning: number; info: number };
  findings: JsonFinding[];
  /** What was read, table by table; `text` is the line of the text report. */
  read?: (TableReading & { text: string })[];
}

export function reportJson(report: WorkbookReport, lang: Lang): JsonReport {
  return {
    valid: report.valid,
    summary: { error: report.summary.error, warning: report.summary.warning, info: report.summary.info },
    findings: report.findings.map((f) => findingJson(f, lang)),
    ...(report.read ? { read: readJson(report.read, lang) } : {}),
  };
}

/**
 * Writes `JSON.stringify(reportJson(report, lang), null, 2)` and a line break through `write`, in pieces
 * (writeJsonDocument), each finding's JSON made as its run is written: a report's findings and their words are
 * never all made at once, to be kept — and copied by the young generation's collections — until the last is written
 * (validate ×100: 1 102 of them).
 */
export function writeReportJson(report: WorkbookReport, lang: Lang, write: (text: string) => void): void {
  const document = {
    valid: report.valid,
    summary: { error: report.summary.error, warning: report.summary.warning, info: report.summary.info },
    findings: report.findings,
    ...(report.read ? { read: readJson(report.read, lang) } : {}),
  };
  writeJsonDocument(document, write, { findings: (f) => findingJson(f as WorkbookFinding, lang) });
}

/** A finding as the JSON report has it. */
function findingJson(f: WorkbookFinding, lang: Lang): JsonFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    key: f.key,
    path: f.path,
    sheet: f.sheet,
    cell: f.cell,
    messageId: f.messageId,
    data: f.data,
    message: renderMessage(f, lang),
    expected: renderField(f, 'expected', lang),
    actual: renderField(f, 'actual', lang),
    fix: f.cellFix?.fix ?? null,
    affects: (f.affects ?? []).map((a) => ({ ...a, where: renderPlace(a.place as Place, lang) })),
  };
}

function readJson(read: readonly TableReading[], lang: Lang): (TableReading & { text: string })[] {
  return read.map((t) => ({ ...t, text: describeReading(t, lang) }));
}

const WORDS = {
  ru: {
    sheet: (name: string) => `${name}:`,
    workbook: 'Книга', model: 'Модель программы', expected: 'ожидается', actual: 'указано', fix: 'исправление', total: 'Итого', clean: 'Замечаний нет.',
    read: 'Прочитано', nothing: 'ничего — в книге не найдено ни одной таблицы программы',
    more: (n: number, rule: string) => `…и ещё ${n} таких же сведений ${rule} (все — в --format json)`,
  },
  en: {
    sheet: (name: string) => `Sheet "${name}":`,
    workbook: 'Workbook', model: 'Program model', expected: 'expected', actual: 'actual', fix: 'fix', total: 'Total', clean: 'No findings.',
    read: 'Read', nothing: 'nothing: no table of a program was found in the workbook',
    more: (n: number, rule: string) => `…and ${n} more ${rule} info findings like these (all in --format json)`,
  },
};

/** Info findings of one rule on one sheet shown in the text report before the rest is summed up in a line. */
const INFO_SHOWN = 3;

/** `source`: what was checked — the findings without a sheet are headed by it («Книга:» or «Модель программы:»). */
export function reportText(report: WorkbookReport, lang: Lang, source: 'workbook' | 'model' = 'workbook'): string {
  const w = WORDS[lang];
  const bySheet = new Map<string, WorkbookFinding[]>();
  for (const f of report.findings) {
    const sheet = f.sheet !== null ? w.sheet(f.sheet) : `${w[source]}:`;
    const list = bySheet.get(sheet) ?? [];
    list.push(f);
    bySheet.set(sheet, list);
  }
  const lines: string[] = [];
  // What was read comes first: a table that was never read is never a silent "no findings".
  if (report.read) {
    if (report.read.length === 0) lines.push(`${w.read}: ${w.nothing}.`);
    for (const t of report.read) lines.push(`${w.read}: ${describeReading(t, lang)}.`);
    lines.push('');
  }
  for (const [sheet, unordered] of bySheet) {
    lines.push(sheet);
    // Errors first, then warnings, then info (each in cell order); many infos of one rule are summed up,
    // so that a pasted workbook's dozens of typed totals (F009) do not bury its errors.
    const findings = [...unordered].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    const infoCount = new Map<string, number>();
    for (const f of findings) if (f.severity === 'info') infoCount.set(f.rule, (infoCount.get(f.rule) ?? 0) + 1);
    const infoShown = new Map<string, number>();
    for (const f of findings) {
      if (f.severity === 'info') {
        const shown = infoShown.get(f.rule) ?? 0;
        infoShown.set(f.rule, shown + 1);
        const count = infoCount.get(f.rule) ?? 0;
        if (count > INFO_SHOWN + 1 && shown >= INFO_SHOWN) {
          if (shown === INFO_SHOWN) lines.push(`         ${w.more(count - INFO_SHOWN, f.rule)}`);
          continue;
        }
      }
      const expected = renderField(f, 'expected', lang);
      const actual = renderField(f, 'actual', lang);
      // The rule's own terms for its values go on a line of their own ("Не хуже базового значения: 96,68;
      // Указано на 2020 год: 94,6"), as in the pane; without them the generic words stay in the brackets.
      const labels = renderValueLabels(f, lang);
      const labelled = labels ? [expected !== null ? `${labels.expected}: ${expected}` : null, actual !== null ? `${labels.actual}: ${actual}` : null].filter(Boolean) : [];
      const details = [
        expected !== null && !labels ? `${w.expected} ${expected}` : null,
        actual !== null && !labels ? `${w.actual} ${actual}` : null,
        f.cellFix ? `${w.fix}: ${describeFix(f.cellFix.fix, lang)}` : null,
      ].filter(Boolean);
      const where = (f.cell ?? '—').padEnd(6);
      lines.push(`  ${where} ${SEVERITY_LABEL[f.severity][lang].padEnd(lang === 'ru' ? 14 : 7)} ${f.rule}  ${renderMessage(f, lang)}${details.length ? ` (${details.join('; ')})` : ''}`);
      if (labelled.length > 0) lines.push(`         ${labelled.join('; ')}`);
      const affects = renderAffects(f, lang);
      if (affects !== null) lines.push(`         ${affects}`);
    }
    lines.push('');
  }
  if (report.findings.length === 0) lines.push(w.clean);
  lines.push(`${w.total}: ${countLine(report, lang)}`);
  return lines.join('\n') + '\n';
}

function describeFix(fix: CellWrite, lang: Lang): string {
  switch (fix.kind) {
    case 'number':
      return formatDecimalRu(fix.value);
    case 'text':
      return lang === 'ru' ? `«${fix.value}»` : `"${fix.value}"`;
    case 'formula':
      return `=${fix.formula}`;
  }
}

/** "2 ошибки, 9 предупреждений, 1 сведение". */
export function countLine(report: Report, lang: Lang): string {
  const { error, warning, info } = report.summary;
  if (lang === 'en') return `${error} error(s), ${warning} warning(s), ${info} info`;
  return `${error} ${plural(error, 'ошибка', 'ошибки', 'ошибок')}, ${warning} ${plural(warning, 'предупреждение', 'предупреждения', 'предупреждений')}, ${info} ${plural(info, 'сведение', 'сведения', 'сведений')}`;
}

