// A published report form, kept verbatim with where it was found, how a person pastes it into Excel and what
// sverka must read from it (docs/design/REPORTS.md): the form found by its header, its columns, its rows as the
// form names them. The search corpus (`pages`) holds the Порядки that print these forms, blank, but no filled-in
// report: a fragment's amounts are the form's own (none), so what is checked is the reading and that a blank
// form as published gives no finding — no false error. The filled shapes: test/sheets/report/*.test.ts.
import type { FragmentSource, PastedSheet } from '../fragment';

export interface ReportFragment {
  id: string;
  source: FragmentSource;
  /** The stored excerpt's text of the form, as the corpus gives it (cells separated as the page renders them). */
  verbatim: string;
  sheets: PastedSheet[];
  read: {
    /** Which form the header makes it. */
    form: 'funding' | 'indicators';
    /** Form R1: the amounts it has, and what its plan is (the program's, or the budget's allocation). */
    funding?: { columns: { financed: boolean; spent: boolean; percent: boolean; reason: boolean }; plan: 'program' | 'budget'; planHeader: string };
    /** Form R2: the columns it has. */
    indicators?: { columns: { base: boolean; percent: boolean; reason: boolean } };
    /** R1's rows as read: the program's lines, then each subprogram with its sources and activities. */
    rows?: { total: boolean; bySource: string[]; subprograms: { title: string; total: boolean; sources: string[]; activities: string[] }[] };
  };
  /** Every word of the printed form the verbatim text must hold (the fragment is not paraphrased). */
  words: string[];
}
