// The annual evaluation as rows a person reads and redoes by hand: each indicator's СД with plan and fact,
// then per scope (the program, each subprogram) СДЦ, УФ (with plan and spent), Э and the rating — every
// figure beside the formula with its inputs. The CLI prints them, and writes them as .xlsx and .docx.
import { formatDecimalRu } from '../../../domain/amount';
import type { Lang } from '../../../domain/finding';
import type { Evaluation, Figure, ScopeEvaluation } from '../../../domain/reporting/evaluate';

export interface EvaluationRow {
  /** What the figure is: «1.1. «Уровень удовлетворенности…» — СД», «Муниципальная программа — Э». */
  label: string;
  /** The figure as shown ("0,9812"), or "—" when it cannot be computed. */
  value: string;
  /** How it was computed, inputs written out; the note after it. */
  formula: string;
  /** The exact fraction ("2417/2500"), for a check to the last digit. */
  exact: string;
}

export interface EvaluationSection {
  title: string;
  rows: EvaluationRow[];
}

/** The program an evaluation is of, as its report's title block names it. */
export interface EvaluatedProgram {
  title: string;
  municipality: string;
}

/**
 * The document's title: which program, whose, which year — «Оценка эффективности реализации муниципальной программы
 * «Цифровое муниципальное образование» городского округа Ступино Московской области за 2021 год».
 */
export function evaluationTitle(ev: Pick<Evaluation, 'year'>, lang: Lang, program: EvaluatedProgram | null = null): string {
  const title = program?.title.trim() ?? '';
  const municipality = program?.municipality.trim() ?? '';
  if (lang === 'ru') {
    return ['Оценка эффективности реализации муниципальной программы', title ? `«${title}»` : '', municipality, ev.year !== null ? `за ${ev.year} год` : '']
      .filter(Boolean)
      .join(' ');
  }
  const whose = municipality ? ` (${municipality})` : '';
  return `Effectiveness of the municipal program${title ? ` “${title}”` : ''}${whose}${ev.year !== null ? `, ${ev.year}` : ''}`;
}

const WORDS = {
  ru: { indicators: 'Степень достижения показателей (СД)', scopes: 'Оценка эффективности', plan: 'план', fact: 'факт', rating: 'оценка', spent: 'освоено', method: 'Методика' },
  en: { indicators: 'Degree of achievement of the indicators (SD)', scopes: 'Effectiveness', plan: 'plan', fact: 'fact', rating: 'rating', spent: 'spent', method: 'Method' },
} as const;

function row(label: string, f: Figure, lang: Lang): EvaluationRow {
  const note = f.note ? ` (${f.note[lang]})` : '';
  return { label, value: f.value === null ? '—' : formatDecimalRu(f.value), formula: f.formula[lang] + note, exact: f.exact ?? '—' };
}

function scopeRows(s: ScopeEvaluation, lang: Lang): EvaluationRow[] {
  const name = s.scope[lang];
  const w = WORDS[lang];
  const amounts = `${w.plan} ${s.plan === null ? '—' : formatDecimalRu(s.plan)}, ${w.spent} ${s.spent === null ? '—' : formatDecimalRu(s.spent)}`;
  const uf = row(`${name} — ${lang === 'ru' ? 'УФ' : 'UF'}`, s.uf, lang);
  return [
    row(`${name} — ${lang === 'ru' ? 'СДЦ' : 'SDC'}`, s.sdc, lang),
    { ...uf, formula: `${uf.formula} [${amounts}]` },
    row(`${name} — ${lang === 'ru' ? 'Э' : 'E'}`, s.e, lang),
    { label: `${name} — ${w.rating}`, value: s.rating ? s.rating[lang] : '—', formula: '', exact: '' },
  ];
}

/** `fullNames`: each indicator named in full (a document), not cut short as on screen. */
export function evaluationSections(ev: Evaluation, lang: Lang, options: { fullNames?: boolean } = {}): EvaluationSection[] {
  const w = WORDS[lang];
  return [
    {
      title: w.indicators,
      rows: ev.indicators.map((i) => {
        const r = row(options.fullNames ? i.fullLabel : i.label, i.sd, lang);
        return { ...r, formula: `${r.formula} [${w.plan} ${i.plan ?? '—'}, ${w.fact} ${i.fact ?? '—'}]` };
      }),
    },
    { title: `${w.scopes} (${w.method}: ${ev.method[lang]})`, rows: [...scopeRows(ev.program, lang), ...ev.subprograms.flatMap((s) => scopeRows(s, lang))] },
  ];
}

/** The evaluation as plain text, one figure a line. */
export function evaluationText(ev: Evaluation, lang: Lang): string {
  const lines: string[] = [];
  for (const section of evaluationSections(ev, lang)) {
    lines.push(section.title);
    for (const r of section.rows) lines.push(`  ${r.label}: ${r.value}${r.formula ? `   ${r.formula}` : ''}`);
    lines.push('');
  }
  return lines.join('\n');
}
