// A year column's header: "2021 год", "2021", 2021, "2021 г.", a span "2026–2030 годы", with what published
// tables add to it — the unit ("2010 год, тыс.руб."), the kind of value ("2019 год (факт)", "2020 год
// (оценка)", "2014 год (первый)").
import type { YearSpan } from '../../domain/model/year-span';
import type { GridCell } from '../grid';
import { startsWithWordLetter } from './cell-value';

const SPAN = /^(\d{4})(?:\s*(?:год|г\.?))?\s*(?:[-–—‐−]|по)\s*(\d{4})\s*(?:годы|годов|года|год|гг\.?|г\.?)?$/i;
const SINGLE = /^(\d{4})\s*(?:год|года|г\.?|гг\.?)?$/i;
/** ", тыс.руб.", "(тыс. рублей)", ", млн руб." after the year. */
const UNIT_TAIL = /[\s,]*\(?\s*(?:тыс\.?|тысяч|млн\.?|млрд\.?)?\s*руб\S*\s*\)?\s*$/i;
/** "(факт)", "(оценка)", "(план)", "(отчет)", "(первый)", "факт" after the year. */
const TAG_TAIL = /[\s,]*\(?\s*(факт\S*|оценк\S*|оценочн\S*|отч[её]т\S*|план\S*|прогноз\S*|первый|второй|третий)\s*\)?\s*$/i;

export type YearTag = 'fact' | 'estimate' | 'plan';

export interface YearHeaderReading {
  year: YearSpan;
  tag: YearTag | null;
}

export function parseYearHeader(cell: GridCell | null): YearSpan | null {
  return readYearHeader(cell)?.year ?? null;
}

const STARTS_WITH_YEAR = /^\s*\d{4}/;

/** The year (or span) of a header cell and what kind of value it heads, when it says so. */
export function readYearHeader(cell: GridCell | null): YearHeaderReading | null {
  if (!cell || cell.value === null || cell.value === undefined || cell.error) return null;
  if (typeof cell.value === 'number') return Number.isInteger(cell.value) && plausible(cell.value) ? { year: { from: cell.value, to: cell.value }, tag: null } : null;
  if (typeof cell.value !== 'string') return null;
  // Most texts (names, labels) do not start with four digits: ruled out before any string is made (those that
  // start with a letter before any expression is run).
  if (startsWithWordLetter(cell.value) || !STARTS_WITH_YEAR.test(cell.value)) return null;
  let text = cell.value.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (text.length > 40 || !/^\d{4}/.test(text)) return null;
  text = text.replace(UNIT_TAIL, '').trim();
  const tagged = TAG_TAIL.exec(text);
  const tag = tagged ? tagOf(tagged[1]) : null;
  if (tagged) text = text.slice(0, tagged.index).trim();
  const single = SINGLE.exec(text);
  if (single) {
    const y = Number(single[1]);
    return plausible(y) ? { year: { from: y, to: y }, tag } : null;
  }
  const span = SPAN.exec(text);
  if (span) {
    const from = Number(span[1]);
    const to = Number(span[2]);
    return plausible(from) && plausible(to) && to >= from ? { year: { from, to }, tag } : null;
  }
  return null;
}

function tagOf(word: string): YearTag | null {
  const w = word.toLowerCase();
  if (w.startsWith('факт') || w.startsWith('отч')) return 'fact';
  if (w.startsWith('оцен')) return 'estimate';
  if (w.startsWith('план') || w.startsWith('прогноз')) return 'plan';
  return null;
}

function plausible(y: number): boolean {
  return y >= 1990 && y <= 2100;
}
