// A finding's item is drawn again only when its own props change: a keystroke in one explanation redrew all
// of the list's items (≈ 150 ms a key with the example ×100's 1 100 findings). Callbacks and the finding are
// compared by identity (a new handler must reach the item), «similar» — a list made afresh on every render —
// by its content.
import { sameItemProps } from '../../../src/taskpane/state/same-item-props';

const onSelect = (): void => undefined;
const finding = { key: 'I006:indicators/sub/1/act/1/ind/1/y/2020' };
const props = { finding, selected: false, explanation: '', explaining: false, onSelect, similar: ['I006:a', 'I006:b'] };

describe('whether a finding is drawn again', () => {
  test('the same props, with «similar» made afresh with the same keys: not drawn again', () => {
    expect(sameItemProps(props, { ...props, similar: ['I006:a', 'I006:b'] })).toBe(true);
    expect(sameItemProps(props, { ...props })).toBe(true);
  });

  test('its explanation, selection or open field changed: drawn again', () => {
    expect(sameItemProps(props, { ...props, explanation: 'С' })).toBe(false);
    expect(sameItemProps(props, { ...props, selected: true })).toBe(false);
    expect(sameItemProps(props, { ...props, explaining: true })).toBe(false);
  });

  test('another finding object, another handler, other similar warnings: drawn again', () => {
    expect(sameItemProps(props, { ...props, finding: { ...finding } })).toBe(false);
    expect(sameItemProps(props, { ...props, onSelect: (): void => undefined })).toBe(false);
    expect(sameItemProps(props, { ...props, similar: ['I006:a'] })).toBe(false);
    expect(sameItemProps(props, { ...props, similar: ['I006:b', 'I006:a'] })).toBe(false);
  });
});
