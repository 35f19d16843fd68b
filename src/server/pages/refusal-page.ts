// A refused request for one of the coordinator's pages, as a page: a browser that asked for HTML gets the
// refusal in its language with the API's status code (the JSON API keeps its error shape). The store's own
// message is shown under a heading that says what happened and what to do; every text is escaped.
import type { Lang } from '../../domain/finding';
import type { ApiError } from '../../store/contract/api-error';
import { escapeHtml, page } from './html';

interface Words {
  title: string;
  what: string;
}

const BY_STATUS: Record<Lang, Record<number, Words>> = {
  ru: {
    400: { title: 'Неверный адрес страницы', what: 'Проверьте адрес: год — четыре цифры (например, ?year=2021), период — 2021-Q1, 2021-Q2, 2021-Q3 или 2021.' },
    401: { title: 'Нужен вход', what: 'Страница открывается с токеном доступа: в окне входа имя — любое, пароль — токен (его выдаёт администратор хранилища).' },
    403: { title: 'Нет доступа', what: 'Этот токен не даёт права на эту страницу.' },
    404: { title: 'Не найдено', what: 'Такой программы или такого отчёта в хранилище нет.' },
    429: { title: 'Слишком много запросов', what: 'Повторите чуть позже.' },
  },
  en: {
    400: { title: 'Bad page address', what: 'Check the address: the year is four digits (e.g. ?year=2021), the period 2021-Q1, 2021-Q2, 2021-Q3 or 2021.' },
    401: { title: 'Sign-in required', what: 'The page needs an access token: in the sign-in box, any user name and the token as the password (the store’s administrator issues it).' },
    403: { title: 'Access denied', what: 'This token does not give access to this page.' },
    404: { title: 'Not found', what: 'The store has no such program or report.' },
    429: { title: 'Too many requests', what: 'Try again a little later.' },
  },
};

const OTHER: Record<Lang, Words> = {
  ru: { title: 'Страница недоступна', what: 'Хранилище не смогло ответить; подробности — в журнале сервера.' },
  en: { title: 'The page is unavailable', what: 'The store could not answer; see the server log.' },
};

/**
 * A refused address (400 invalid_request) in plain words, by the query field the schema refused: the API's message
 * («Запрос не соответствует API v1 … /year — Неверный ввод…») is for developers, and stays in the JSON.
 */
const FIELD_WORDS: Record<Lang, Record<string, string>> = {
  ru: { year: 'Год — четыре цифры, от 1900 до 2200, например ?year=2021.', lang: 'Язык страницы — ru или en, например ?lang=en.' },
  en: { year: 'The year is four digits, from 1900 to 2200, e.g. ?year=2021.', lang: 'The page language is ru or en, e.g. ?lang=en.' },
};

/**
 * A refused address whose refused part has no words of its own (an address the server could not read, a field not
 * above): without this the page would show only the heading — the API's message is for developers — so the
 * coordinator is told plainly what to do.
 */
const ADDRESS_REFUSED: Record<Lang, string> = {
  ru: 'Хранилище не приняло этот адрес. Откройте страницу по ссылке со страницы координатора.',
  en: 'The store did not accept this address. Open the page from a link on the coordinator’s page.',
};

/** The plain lines for a refused address (never none); null when the refusal is not one (the store's own message is shown). */
function refusedAddressLines(error: ApiError, lang: Lang): string[] | null {
  if (error.error !== 'invalid_request') return null;
  const issues = (error.details as { issues?: unknown } | null)?.issues;
  const fields = Array.isArray(issues) ? issues.map((i) => String((i as { path?: unknown }).path ?? '').replace(/^\//, '').split('/')[0]) : [];
  const lines = [...new Set(fields)].flatMap((f) => (FIELD_WORDS[lang][f] ? [FIELD_WORDS[lang][f]] : []));
  return lines.length > 0 ? lines : [ADDRESS_REFUSED[lang]];
}

const BACK: Record<Lang, string> = { ru: '← Страница координатора', en: '← The coordinator’s page' };

/** The page of a refusal with `status` and the API's body `error`. */
export function refusalPage(status: number, error: ApiError, lang: Lang): string {
  const words = BY_STATUS[lang][status] ?? OTHER[lang];
  const plain = refusedAddressLines(error, lang);
  const message = plain ? plain.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n') : `<p>${escapeHtml(lang === 'ru' ? error.message : error.messageEn)}</p>`;
  const back = status === 401 ? '' : `<nav><a href="/coordinator${lang === 'en' ? '?lang=en' : ''}">${escapeHtml(BACK[lang])}</a></nav>\n`;
  return page(
    lang,
    `${status} — ${words.title}`,
    `<h1>${escapeHtml(words.title)}</h1>
<p class="meta" data-status="${status}" data-error="${escapeHtml(error.error)}">${escapeHtml(words.what)}</p>
${message}
${back}`,
  );
}
