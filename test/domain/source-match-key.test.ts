// A source's match key is its key without the "#2" of a repeat — what /#\d+$/ cut — read by hand.
import { sourceMatchKey } from '../../src/domain/funding-sums';

describe('sourceMatchKey', () => {
  it('cuts a trailing "#" and digits, and nothing else, as the regex did', () => {
    const keys = ['federal', 'federal#2', 'regional#12', 'other:фонд #3', 'other:a#b', 'other:a#', 'other:#', '#', '#7', 'other:x#2#3', 'other:x#2a', 'other:x#２', 'other:№#1 '];
    for (const key of keys) expect(sourceMatchKey(key)).toBe(key.replace(/#\d+$/, ''));
    expect(sourceMatchKey('federal#2')).toBe('federal');
    expect(sourceMatchKey('other:x#2#3')).toBe('other:x#2');
  });
});
