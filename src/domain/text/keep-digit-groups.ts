// Amounts in a generated document (a .docx, a paragraph written into a sheet for printing) must not break between
// their digit groups: "1 567,0" wrapped as "1 / 567,0". The groups are joined by a no-break space (U+00A0) there,
// and in the passport paragraph the pane copies for the passport's Word document («Копировать абзац»); what the CLI
// and the pane show otherwise, and the JSON, keep the plain space formatScaledRu writes.

/** Digit groups joined by no-break spaces: "1 567,0" → "1\u00a0567,0"; other spaces unchanged. */
export function keepDigitGroups(text: string): string {
  return text.replace(/(\d) (?=\d{3}(?!\d))/g, '$1\u00a0');
}
