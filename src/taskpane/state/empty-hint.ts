// What the check's view says before there are results. «Загрузите шаблон или откройте книгу … и нажмите
// «Проверить»» right after a template or a stored version was written contradicts the status line above it
// («Пример Ступино записан в книгу. Нажмите «Проверить».»): then the status line says it all.
import type { PaneNotice } from './pane-state';

const JUST_WRITTEN: ReadonlySet<PaneNotice['kind']> = new Set(['templateBlank', 'templateExample', 'storedLoaded']);

/** Whether the check's view shows its «load a template or open a workbook» hint under this notice. */
export function showsStartHint(notice: PaneNotice | null): boolean {
  return notice === null || !JUST_WRITTEN.has(notice.kind);
}
