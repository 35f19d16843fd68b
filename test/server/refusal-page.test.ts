// A refused address (400 invalid_request) whose refused part has no plain words of its own — details without field
// issues, or a field the page has no words for — still says something under the heading: a plain sentence in the
// page's language, never an empty page and never the API's words for developers («Запрос не соответствует API v1»).
import { refusalPage } from '../../src/server/pages/refusal-page';
import type { ApiError } from '../../src/store/contract/api-error';

/** The text a browser shows after the heading (tags dropped). */
function afterHeading(html: string): string {
  return html.slice(html.indexOf('</h1>')).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}

const refusals: [string, ApiError][] = [
  ['no field issues', { error: 'invalid_request', message: 'Запрос не соответствует API v1.', messageEn: 'The request does not match API v1.', details: { code: 'FST_ERR_BAD_URL' } }],
  ['a field without words', { error: 'invalid_request', message: 'Запрос не соответствует API v1: /programId', messageEn: 'The request does not match API v1: /programId', details: { issues: [{ path: '/programId' }] } }],
];

test.each(refusals)('%s: a plain sentence under the heading, in Russian and in English', (_, error) => {
  const ru = afterHeading(refusalPage(400, error, 'ru'));
  expect(ru).toContain('Хранилище не приняло этот адрес. Откройте страницу по ссылке со страницы координатора.');
  expect(ru).not.toMatch(/API|programId/);
  const en = afterHeading(refusalPage(400, error, 'en'));
  expect(en).toContain('The store did not accept this address. Open the page from a link on the coordinator’s page.');
  expect(en).not.toMatch(/API|programId/);
});

test('a field with words of its own keeps them, without the general sentence', () => {
  const error: ApiError = { error: 'invalid_request', message: 'Запрос не соответствует API v1: /year', messageEn: 'x', details: { issues: [{ path: '/year' }] } };
  const ru = afterHeading(refusalPage(400, error, 'ru'));
  expect(ru).toContain('Год — четыре цифры, от 1900 до 2200, например ?year=2021.');
  expect(ru).not.toContain('Хранилище не приняло этот адрес');
});
