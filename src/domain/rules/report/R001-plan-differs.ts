import { fromScaled, sumScaled, toScaled } from '../../amount';
import { reportIndicatorRows } from '../../reporting/report-lines';
import { subprogramNumber } from '../../funding-rows';
import { sourceMatchKey } from '../../funding-sums';
import { programCellsOf, yearIndex, type ProgramCell } from '../../reporting/program-counterpart';
import { programCellsFor, programPlanOfIndicator } from '../../reporting/program-plan';
import { sourceKeys } from '../../sources';
import { reportPaths } from '../../reporting/report-paths';
import { reportTotals, type ReportLine } from '../../reporting/report-totals';
import { RULE_CATALOGUE } from '../catalogue';
import { defineRule } from '../define-rule';

export const planDiffers = defineRule({
  meta: {
    id: 'R001',
    title: { ru: '«План на год» отчёта не равен программе', en: 'The report\'s plan differs from the program' },
    description: {
      ru: '«План на год» формы R1 равен сумме года в Приложении 1, а плановое значение показателя формы R2 — значению года в Приложении 2 той версии программы, к которой относится отчёт. Когда план отчёта — сводная бюджетная роспись, расхождение с программой показывается как сведение. Итог, который не сходится с программой лишь из-за своей строки, отдельной ошибкой не считается; итог, не равный сумме своих строк, — ошибка R002 (исправление — формула суммы), а не ещё и R001 (когда R002 выключен в настройках, такой итог сверяется с программой без исправления). Итог, строки которого не прочитаны, сверяется с программой без исправления, как и итог по мероприятиям (в Приложении 1 их нет): их план сверяется с программой в этом итоге. Строка «в том числе» над строками мероприятий сверяется с программой, когда их разбивка по источникам в какой-либо подпрограмме расходится с программой, а итог этой подпрограммы с программой сходится (иначе ошибка — в нём).',
      en: 'The plan of form R1 equals the year\'s amount in Annex 1, and an indicator\'s plan in form R2 equals the year\'s value in Annex 2, of the program version the report refers to. When the report\'s plan is the budget allocation, a gap to the program is shown as info. A total that is off only because of one of its lines is not another error; a total that is not the sum of its lines is R002\'s error (the fix is the sum\'s formula), not R001\'s too (with R002 switched off in the config, such a total is compared with the program, without a fix). A total some of whose lines could not be read is compared with the program without a fix, and so is a total of activity lines (Annex 1 has none): that total is where their plan is compared with the program. A «в том числе» line over activity lines is compared with the program when their split by source in some subprogram differs from the program\'s while that subprogram\'s total matches the program (otherwise the error is at that total).',
    },
    messages: {
      plan: {
        data: { line: 'place', expected: 'decimal', actual: 'decimal' },
        ru: '{{line}}: в отчёте {{actual}}, а в программе на этот год {{expected}}',
        en: '{{line}}: the report says {{actual}}, the program gives {{expected}} for the year',
      },
      budgetGap: {
        data: { line: 'place', program: 'decimal', actual: 'decimal' },
        ru: '{{line}}: по бюджетной росписи {{actual}}, в программе {{program}} — программу стоит привести в соответствие с бюджетом',
        en: '{{line}}: the budget allocation is {{actual}}, the program gives {{program}} — the program may need an amendment',
      },
      notInProgram: {
        data: { line: 'place' },
        ru: '{{line}}: такой строки нет в Приложении 1 программы на этот год',
        en: '{{line}}: Annex 1 of the program has no such line for the year',
      },
      missingLine: {
        data: { line: 'place', expected: 'decimal' },
        ru: '{{line}}: в программе на этот год {{expected}}, а в отчёте строки нет',
        en: '{{line}}: the program gives {{expected}} for the year, the report has no such line',
      },
      target: {
        data: { indicator: 'place', expected: 'decimal', actual: 'decimal' },
        ru: '{{indicator}}: в отчёте {{actual}}, а в Приложении 2 на этот год {{expected}}',
        en: '{{indicator}}: the report says {{actual}}, Annex 2 gives {{expected}} for the year',
      },
    },
    fixable: true,
  },
  check(ctx) {
    const input = ctx.reporting;
    if (!input?.program || !input.report.period) return;
    const { report, program } = input;
    const year = input.report.period.year;
    const precision = ctx.config.precision;
    const funding = report.funding;
    // A year the program does not plan (or plans only as a span of years) is R008's, not a plan to compare.
    if (funding && program.funding && yearIndex(program.funding.years, year) >= 0) {
      const { lines, totals, leaves } = reportTotals(funding);
      const byProgram = funding.plan === 'program';
      // Whether R002 runs (a custom config may switch it off): a total that does not add up its lines is left to it only then.
      const r002On = (ctx.config.severity.R002 ?? RULE_CATALOGUE.R002.severity) !== 'off';
      const totalOf = new Map(totals.map((t) => [t.line, t]));
      const scaled = (d: string | null) => (d === null ? 0n : toScaled(d, precision));
      // Looked up once per check: R004 asks for the same lines (program-plan.ts).
      const counterpartOf = (l: ReportLine): ProgramCell[] | null => programCellsFor(input, l);
      // A line whose gap to the program a finding says (its own or its lines'): a line compared with the program, or
      // a total of such lines; a source line the program lacks (notInProgram); a cell not read (S004, S005).
      const speaks = new Map<ReportLine, boolean>();
      const speaksFor = (l: ReportLine): boolean => {
        let known = speaks.get(l);
        if (known === undefined) {
          const t = totalOf.get(l);
          known =
            ctx.unreadable(reportPaths.fundingCell(l.ref, 'plan')) ||
            counterpartOf(l) !== null ||
            (t ? t.addends.every(speaksFor) : l.ref.kind === 'source' && l.ref.act === null);
          speaks.set(l, known);
        }
        return known;
      };
      const programTable = program.funding;
      const programSum = (cells: readonly ProgramCell[]) => sumScaled(cells.map((c) => scaled(c.amount)));
      // A subprogram's «Всего» R001 reports (compared, and off the program).
      const subtotalOff = (sub: number): boolean => {
        const s = lines.find((x) => x.ref.kind === 'subtotal' && x.ref.sub === sub && x.ref.act === null);
        const cells = s ? counterpartOf(s) : null;
        return s !== undefined && cells !== null && compared(s) && programSum(cells) !== scaled(s.line.plan);
      };
      // A «в том числе» line over lines compared with nothing (activity lines) is the only place where their split by
      // source meets the program: a subprogram's «Всего» over them says their sum, not that split. It is compared when,
      // in a subprogram whose «Всего» R001 does not already report (that is the change's one finding), those lines
      // differ from the program's line of that source — one activity's source typed over another's gave no finding.
      const splitOff = (b: ReportLine, addends: readonly ReportLine[]): boolean => {
        if (b.ref.kind !== 'bySource') return false;
        const key = b.ref.key;
        const subs = new Set(addends.filter((a) => !speaksFor(a) && a.ref.kind === 'source').map((a) => (a.ref.kind === 'source' ? a.ref.sub : -1)));
        for (const sub of subs) {
          // A subprogram the program lacks is off as a whole (ИТОГО over it says so), not in its split.
          if (subtotalOff(sub) || programCellsOf({ kind: 'subtotal', sub, act: null }, funding, programTable, year) === null) continue;
          const reported = sumScaled(addends.filter((a) => a.ref.kind === 'source' && a.ref.sub === sub).map((a) => scaled(a.line.plan)));
          const cells = programCellsOf({ kind: 'source', sub, act: null, key }, funding, programTable, year);
          if (reported !== (cells === null ? 0n : programSum(cells))) return true;
        }
        return false;
      };
      // Whether this check compares a line with the program (read, in the program, and not left to its lines or R002).
      function compared(l: ReportLine): boolean {
        if (ctx.unreadable(reportPaths.fundingCell(l.ref, 'plan')) || counterpartOf(l) === null) return false;
        const t = totalOf.get(l);
        if (t && sumScaled(t.addends.map((a) => scaled(a.line.plan))) === scaled(l.line.plan)) {
          // A total whose lines add up to it is off from the program only through them, and their findings say it —
          // unless some of them are compared with nothing (activity lines: Приложение 1 has none), and then this total
          // is where their plan meets the program. A «в том числе» line over such lines is left to the subprograms'
          // totals, which that same change throws off (one defect, one finding), unless their split by source is off
          // where no such total says it (splitOff).
          if (t.addends.every(speaksFor)) return false;
          return l.ref.kind !== 'bySource' || splitOff(l, t.addends);
        }
        // A total that does not add up its lines, all read, is R002's (its fix, the sum, is the one for this cell); once
        // it adds up, the lines say its gap to the program. Comparing it too gave a second finding at the cell with a
        // contradicting fix (the program's amount typed over the sum). With R002 switched off, nothing would say it:
        // then it is compared here.
        return !(t && r002On && t.addends.every((a) => !ctx.unreadable(reportPaths.fundingCell(a.ref, 'plan'))));
      }
      for (const l of lines) {
        const path = reportPaths.fundingCell(l.ref, 'plan');
        if (ctx.unreadable(path)) continue;
        const cells = counterpartOf(l);
        if (cells === null) {
          if (l.ref.kind === 'source' && l.ref.act === null && byProgram) ctx.report({ messageId: 'notInProgram', path, data: { line: l.place() }, fix: null });
          continue;
        }
        if (!compared(l)) continue;
        const t = totalOf.get(l);
        const programAmount = fromScaled(programSum(cells), precision);
        if (!byProgram) {
          if (leaves.includes(l) && scaled(l.line.plan) !== scaled(programAmount)) {
            ctx.report({ messageId: 'budgetGap', path, severity: 'info', data: { line: l.place('plan'), program: programAmount, actual: fromScaled(scaled(l.line.plan), precision) }, fix: null });
          }
          continue;
        }
        ctx.sum({
          statement: 'report',
          path,
          place: l.place('plan'),
          stated: l.line.plan,
          addends: cells,
          // A total whose lines cannot all be read (S004, S005) is compared here only; the program's amount typed over it
          // would hide what those lines give once read, so the user decides (R002 gives the sum when they can be read).
          report: ({ expected, actual }) => ({ messageId: 'plan', path, data: { line: l.place('plan'), expected, actual }, fix: t ? null : { kind: 'number', value: expected } }),
        });
      }
      if (byProgram) {
        // Program lines with an amount this year that the report leaves out (in a subprogram it reports by source).
        const y = yearIndex(program.funding.years, year);
        const programFunding = program.funding;
        funding.subprograms.forEach((sp, sub) => {
          const reported = lines.filter((l) => l.ref.kind === 'source' && l.ref.sub === sub && l.ref.act === null);
          const n = subprogramNumber(sp.title, sub);
          const ps = programFunding.subprograms.findIndex((p, i) => subprogramNumber(p.title, i) === n);
          if (y < 0 || ps < 0 || reported.length === 0) return;
          const have = new Set(reported.map((l) => (l.ref.kind === 'source' ? sourceMatchKey(l.ref.key) : '')));
          const programSources = programFunding.subprograms[ps].sources;
          const keys = sourceKeys(programSources.map((s) => s.source));
          programSources.forEach((s, i) => {
            const amount = s.years[y];
            if (amount === null || amount === undefined || scaled(amount) === 0n || have.has(sourceMatchKey(keys[i]))) return;
            ctx.report({
              messageId: 'missingLine',
              path: `${reportPaths.fundingSubprogram(sub)}/missing/${keys[i]}`,
              data: { line: { kind: 'reportLine', sub: n, activity: null, source: s.source.trim() }, expected: amount },
              fix: null,
            });
          });
        });
      }
    }
    if (report.indicators && program.indicators) {
      for (const row of reportIndicatorRows(report.indicators)) {
        const plan = row.indicator.plan;
        const path = reportPaths.indicatorCell(row.sub, row.act, row.ind, 'plan');
        if (plan === null || ctx.unreadable(path)) continue;
        // The same comparison R006 and R007 make to judge the fact by the program's plan (program-plan.ts).
        const expected = programPlanOfIndicator(input, row);
        if (expected === null) continue;
        ctx.report({
          messageId: 'target',
          path,
          data: { indicator: { kind: 'reportIndicator', number: row.activity.number.trim(), name: row.indicator.name, column: 'plan' }, expected: expected.value, actual: plan.value },
          fix: { kind: 'number', value: expected.value },
        });
      }
    }
  },
});
