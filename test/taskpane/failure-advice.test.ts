// What the pane's failure messages advise, by what was being done: «повторная отправка не создаст второй
// версии» only after a push, never after a failed list of programs or versions (which sends nothing); and the
// program list of the store's history in the pane's language (was «… — v1» in the Russian pane).
import { failureAdvice, MESSAGES, type FailureKind, type PaneTask } from '../../src/taskpane/i18n/messages';

const NOT_A_PUSH: PaneTask[] = ['history', 'loadStored', 'reportPrograms', 'reportSheets'];
const PUSH: PaneTask[] = ['send', 'reportSend'];
const UNREACHABLE: FailureKind[] = ['storeNetwork', 'storeTimeout', 'storeBusy'];

describe('failure advice', () => {
  it.each(NOT_A_PUSH)('a store that cannot be reached while «%s»: nothing about sending', (task) => {
    for (const kind of UNREACHABLE) {
      expect(failureAdvice(MESSAGES.ru, task, kind)).not.toMatch(/отправк|второй версии/);
      expect(failureAdvice(MESSAGES.en, task, kind)).not.toMatch(/sending|second version/i);
      expect(failureAdvice(MESSAGES.ru, task, kind)).toContain('«Повторить»');
    }
  });

  it.each(PUSH)('the same after «%s»: retrying is safe, said once, in each language', (task) => {
    for (const kind of UNREACHABLE) {
      const ru = failureAdvice(MESSAGES.ru, task, kind);
      expect(ru.match(/Повторная отправка не создаст второй версии\./g)).toHaveLength(1);
      expect(ru.startsWith(MESSAGES.ru.failureHint[kind])).toBe(true);
      expect(failureAdvice(MESSAGES.en, task, kind).match(/no second version/g)).toHaveLength(1);
    }
  });

  it('a refusal that retrying cannot change gets no such sentence, even after a push', () => {
    for (const kind of ['storeUnauthorized', 'unexplainedWarnings', 'storeFoundErrors'] as const) {
      expect(failureAdvice(MESSAGES.ru, 'send', kind)).toBe(MESSAGES.ru.failureHint[kind]);
    }
  });
});

describe('the store history’s program list', () => {
  it('names the latest version in words of the pane’s language', () => {
    expect(MESSAGES.ru.store.programOption('Цифровое муниципальное образование', 2020, 2024, 3)).toBe('Цифровое муниципальное образование (2020–2024), версия 3');
    expect(MESSAGES.en.store.programOption('Цифровое муниципальное образование', 2020, 2024, 3)).toBe('Цифровое муниципальное образование (2020–2024), version 3');
  });
});
