// The worked example, n times over: n × its subprograms (renumbered), with every total scaled
// exactly, so that the program stays as consistent (or as defective) as the original.
import { fromScaled, toScaled, type Decimal } from '../src/domain/amount';
import type { FundingRow } from '../src/domain/model/funding';
import type { Program } from '../src/domain/model/program';
import { numberToRoman, parseSubprogramTitle } from '../src/domain/subprogram-title';

const P = 1;
const times = (d: Decimal | null, n: number): Decimal | null => (d === null ? null : fromScaled(toScaled(d, P) * BigInt(n), P));
const scaleRow = (row: FundingRow, n: number): FundingRow => ({ ...row, total: times(row.total, n), years: row.years.map((y) => times(y, n)) });

function retitle(title: string, number: number): string {
  const { name } = parseSubprogramTitle(title);
  return `Подпрограмма ${numberToRoman(number)} «${name}»`;
}

export function scaleProgram(program: Program, n: number): Program {
  const funding = program.funding;
  const indicators = program.indicators;
  const k = funding?.subprograms.length ?? indicators?.subprograms.length ?? 1;
  return {
    ...program,
    passport: program.passport && {
      ...program.passport,
      subprograms: Array.from({ length: n }, (_, copy) => program.passport!.subprograms.map((t, i) => retitle(t, copy * k + i + 1))).flat(),
      funding: program.passport.funding && {
        ...program.passport.funding,
        total: times(program.passport.funding.total, n),
        years: program.passport.funding.years.map((y) => ({ ...y, amount: times(y.amount, n) })),
        sources: program.passport.funding.sources.map((s) => ({ ...s, total: times(s.total, n), years: s.years.map((y) => ({ ...y, amount: times(y.amount, n) })) })),
      },
    },
    funding: funding && {
      ...funding,
      subprograms: Array.from({ length: n }, (_, copy) => funding.subprograms.map((s, i) => ({ ...s, title: retitle(s.title, copy * k + i + 1) }))).flat(),
      total: funding.total && scaleRow(funding.total, n),
      totalBySource: funding.totalBySource.map((r) => scaleRow(r, n)),
    },
    indicators: indicators && {
      ...indicators,
      subprograms: Array.from({ length: n }, (_, copy) =>
        indicators.subprograms.map((s, i) => {
          const number = copy * k + i + 1;
          return {
            ...s,
            number: `${number}.`,
            title: retitle(s.title, number),
            activities: s.activities.map((a, j) => ({ ...a, number: `${number}.${j + 1}.` })),
          };
        }),
      ).flat(),
    },
  };
}
