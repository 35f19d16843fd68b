// The check's view before results: the «load a template or open a workbook» hint, except right after a template
// or a stored version was written — the status line then says «Нажмите «Проверить»», and the hint contradicted it.
import { initialPaneState, paneReducer } from '../../../src/taskpane/state/pane-state';
import { showsStartHint } from '../../../src/taskpane/state/empty-hint';

describe('the start hint', () => {
  it('shows on a fresh pane, not after the example was written into the workbook', () => {
    const fresh = initialPaneState('ru');
    expect(showsStartHint(fresh.notice)).toBe(true);
    const written = paneReducer(fresh, { type: 'templateWritten', template: 'example' });
    expect(showsStartHint(written.notice)).toBe(false);
  });

  it('is gone once a template or a stored version was written, back after other work', () => {
    expect(showsStartHint({ kind: 'templateExample' })).toBe(false);
    expect(showsStartHint({ kind: 'templateBlank' })).toBe(false);
    expect(showsStartHint({ kind: 'storedLoaded', version: 2 })).toBe(false);
    expect(showsStartHint({ kind: 'replaceCancelled' })).toBe(true);
  });
});
