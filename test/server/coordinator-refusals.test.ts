// The coordinator's pages refused (a year that is none, a period that is none, an unknown program, no token, a
// wrong token): a browser that asked for HTML gets a page in Russian (or English with lang=en) with the
// API's status code, no script and the pages' CSP; a client that asked for JSON, and the JSON API itself,
// keep the API's error shape. Chromium's view of the same: test/e2e/coordinator-page.test.ts.
import { ApiError } from '../../src/store/contract/api-error';
import { programIdOf } from '../../src/store/program-id';
import { acceptableBody, bearer, correctedExample, makeTestStore, push, testTargets, type TestStore } from './store-fixture';

const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const CYRILLIC = /[\u0400-\u04FF]/;

let store: TestStore;
let programId: string;

beforeAll(async () => {
  store = await makeTestStore(testTargets()[0], { now: () => new Date('2021-05-01T12:00:00Z') });
  const program = correctedExample();
  expect((await push(store, acceptableBody(program))).statusCode).toBe(201);
  programId = programIdOf(program);
});
afterAll(async () => {
  await store.close();
});

function basic(token: string): { authorization: string } {
  return { authorization: `Basic ${Buffer.from(`coordinator:${token}`).toString('base64')}` };
}

async function get(url: string, headers: Record<string, string>) {
  return store.app.inject({ method: 'GET', url, headers });
}

/** The page's heading and the store's message, as the browser shows them (tags dropped). */
function shown(html: string): { h1: string; text: string } {
  const h1 = /<h1>([^<]*)<\/h1>/.exec(html)?.[1] ?? '';
  const text = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  return { h1, text };
}

// A refused address is said in plain words (what the year must be), not in the API's words for developers.
const YEAR_RU = 'Год — четыре цифры, от 1900 до 2200, например ?year=2021.';
const YEAR_EN = 'The year is four digits, from 1900 to 2200, e.g. ?year=2021.';

const CASES = [
  { what: 'a year that is none', url: '/coordinator?year=двадцать', auth: 'reviewer', status: 400, code: 'invalid_request', h1: 'Неверный адрес страницы', h1En: 'Bad page address', plain: YEAR_RU, plainEn: YEAR_EN },
  { what: 'a year out of range', url: '/coordinator?year=1812', auth: 'reviewer', status: 400, code: 'invalid_request', h1: 'Неверный адрес страницы', h1En: 'Bad page address', plain: YEAR_RU, plainEn: YEAR_EN },
  // As the API: a period that is none is a report the store does not have.
  { what: 'a period that is none', url: '/coordinator/programs/P/reports/2021-Q5', auth: 'reviewer', status: 404, code: 'report_not_found', h1: 'Не найдено', h1En: 'Not found' },
  { what: 'an unknown program', url: '/coordinator/programs/net-takoi-programmy-2020-2024/reports/2021-Q1', auth: 'reviewer', status: 404, code: 'program_not_found', h1: 'Не найдено', h1En: 'Not found' },
  { what: 'no token', url: '/coordinator?year=2021', auth: null, status: 401, code: 'unauthorized', h1: 'Нужен вход', h1En: 'Sign-in required' },
  { what: 'a wrong token', url: '/coordinator?year=2021', auth: 'svk_wrong', status: 401, code: 'unauthorized', h1: 'Нужен вход', h1En: 'Sign-in required' },
] as const;

describe.each(CASES)('$what', ({ url, auth, status, code, h1, h1En, ...words }) => {
  const plain = 'plain' in words ? words : null;
  const headers = (accept: string): Record<string, string> => {
    const token = auth === null ? null : auth === 'reviewer' ? store.tokens.reviewer : auth;
    return { accept, ...(token === null ? {} : basic(token)) };
  };
  const at = (u: string) => u.replace('/P/', `/${programId}/`);

  test('a browser gets a page in Russian with the status', async () => {
    const res = await get(at(url), headers(BROWSER));
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    if (status === 401) expect(res.headers['www-authenticate']).toBe('Basic realm="sverka", charset="UTF-8"');
    expect(res.body).toMatch(/^<!DOCTYPE html>/);
    expect(res.body).not.toMatch(/<script/i);
    expect(res.body).toContain(`data-error="${code}"`);
    expect(res.body).toContain('<html lang="ru">');
    const { h1: heading, text } = shown(res.body);
    expect(heading).toBe(h1);
    expect(text).not.toContain('"error"');
    // The store's own message (Russian), escaped, under the heading; for a refused address, plain words in its place.
    const message = ApiError.parse((await get(at(url), headers('application/json'))).json()).message;
    const escaped = message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    if (plain) {
      expect(text).toContain(plain.plain);
      expect(res.body).not.toContain(escaped);
      expect(text).not.toMatch(/API|\/year|Неверный ввод/);
    } else {
      expect(res.body).toContain(escaped);
    }
  });

  test('in English with lang=en: no Cyrillic but the address as typed', async () => {
    const u = at(url) + (url.includes('?') ? '&' : '?') + 'lang=en';
    const res = await get(u, headers(BROWSER));
    expect(res.statusCode).toBe(status);
    const { h1: heading, text } = shown(res.body);
    expect(heading).toBe(h1En);
    expect(text.replace(/двадцать/g, '')).not.toMatch(CYRILLIC);
    if (plain) {
      expect(text).toContain(plain.plainEn);
      expect(text).not.toMatch(/API|\/year/);
    }
  });

  test('a client that asks for JSON keeps the API’s error shape', async () => {
    for (const accept of ['application/json', '*/*', '']) {
      const res = await get(at(url), headers(accept));
      expect(res.statusCode).toBe(status);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(ApiError.parse(res.json()).error).toBe(code);
    }
  });
});

test('the JSON API answers JSON even to a browser', async () => {
  const res = await get('/api/v1/reports?year=двадцать', { accept: BROWSER, ...bearer(store.tokens.reviewer) });
  expect(res.statusCode).toBe(400);
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(ApiError.parse(res.json()).error).toBe('invalid_request');
});

test('a page that is answered is unchanged: 200 and the coordinator’s table', async () => {
  const res = await get('/coordinator?year=2021', { accept: BROWSER, ...basic(store.tokens.reviewer) });
  expect(res.statusCode).toBe(200);
  expect(res.body).toContain(`data-program="${programId}"`);
});
