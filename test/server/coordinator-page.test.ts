// The coordinator's page as text: every value escaped (a program's name is data, never markup), no script,
// the language's words only. The page in a browser: test/e2e/coordinator-page.test.ts.
import { DEFAULT_DEADLINES, deadlineStatus, deadlineStatusText } from '../../src/domain/reporting/deadlines';
import { periodKey, periodShort, periodsOf } from '../../src/domain/reporting/period';
import { coordinatorPage } from '../../src/server/pages/coordinator-page';
import { escapeHtml } from '../../src/server/pages/html';
import type { ReportsOverview } from '../../src/store/contract/reports';

const HOSTILE = '<script>alert("x")</script> & «Программа» \'a\'';

function overview(): ReportsOverview {
  const now = new Date('2021-05-01T12:00:00Z');
  return {
    year: 2021,
    today: '2021-05-01',
    programs: [
      {
        programId: 'hostile-program-2020-2024',
        municipality: HOSTILE,
        title: HOSTILE,
        period: { from: 2020, to: 2024 },
        department: HOSTILE,
        periods: periodsOf(2021).map((period) => {
          const deadline = deadlineStatus(period, null, now, DEFAULT_DEADLINES);
          return { period: periodKey(period), quarters: period.quarters, label: periodShort(period), deadline, text: deadlineStatusText(deadline), versions: 0, latest: null, accepted: null };
        }),
        evaluation: null,
      },
    ],
  };
}

test('escapeHtml escapes the five characters that can open markup or leave an attribute', () => {
  expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
});

test.each(['ru', 'en'] as const)('a program named with markup is shown as text, and the page has no script (%s)', (lang) => {
  const html = coordinatorPage(overview(), lang);
  expect(html).not.toMatch(/<script/i);
  expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; «Программа» &#39;a&#39;');
  expect(html).toContain(lang === 'ru' ? '>нет отчёта<' : '>missing<');
  expect(html).toContain(lang === 'ru' ? '>срок не наступил<' : '>not yet due<');
});

test('the English page has no Cyrillic outside the program’s own text', () => {
  const html = coordinatorPage(overview(), 'en').split(escapeHtml(HOSTILE)).join('').replace('lang="ru">Русский', '');
  expect(html.match(/[\u0400-\u04FF]+/g)).toBeNull();
});
