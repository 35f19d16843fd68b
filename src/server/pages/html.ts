// Plain HTML for the store's pages: every text goes through `escapeHtml`, attributes are quoted, and the
// page needs no script (it works with JavaScript off). One style sheet, inline (the store's CSP allows inline styles).
import { formatDecimalRu, type Decimal } from '../../domain/amount';
import type { Lang } from '../../domain/finding';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** "2021-04-05" as the language writes it: 05.04.2021 / 2021-04-05. */
export function dateText(date: string, lang: Lang): string {
  if (lang === 'en') return date;
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}

/** An instant (ISO, UTC) as a Moscow date and time: «05.04.2021 23:59» / "2021-04-05 23:59". */
export function moscowDateTime(iso: string, lang: Lang): string {
  const moscow = new Date(Date.parse(iso) + 3 * 60 * 60 * 1000).toISOString();
  return `${dateText(moscow.slice(0, 10), lang)} ${moscow.slice(11, 16)}`;
}

export function decimalText(value: Decimal, lang: Lang): string {
  return lang === 'ru' ? formatDecimalRu(value) : value;
}

const STYLE = `
body { font-family: "Segoe UI", Arial, sans-serif; margin: 24px; color: #1b1b1b; }
h1 { font-size: 20px; margin: 0 0 4px; }
p.meta { color: #555; margin: 0 0 16px; }
nav { margin: 0 0 16px; }
nav a { margin-right: 16px; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #c8c8c8; padding: 6px 8px; vertical-align: top; text-align: left; font-size: 14px; }
th { background: #f3f3f3; font-weight: 600; }
td.status a { display: block; text-decoration: none; color: inherit; }
td.status a:hover .what { text-decoration: underline; }
.what { font-weight: 600; }
.detail { display: block; color: #555; font-size: 12px; margin-top: 2px; }
.notDue { background: #f7f7f7; }
.onTime { background: #e7f4e4; }
.late { background: #fff4ce; }
.missing { background: #fde7e9; }
.legend span { display: inline-block; padding: 2px 8px; margin-right: 8px; border: 1px solid #c8c8c8; }
`;

export function page(lang: Lang, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
