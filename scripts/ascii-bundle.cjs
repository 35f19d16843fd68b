// The CLI's bundle in ASCII (scripts/build-cli.mjs): esbuild escapes the letters of strings and names, but keeps
// those of comments, regular expression literals and String.raw templates — a few hundred Cyrillic letters and
// dashes in 2 MB. One such letter makes Node decode the whole file as UTF-8 into a string of two bytes a
// character on every run (≈ 50 M instructions of `sverka --version`'s 640 M, callgrind); in ASCII it is a copy.
//
// Each letter becomes what means the same there: \uXXXX in a comment, a regular expression, a string or a plain
// template (a letter escaped by a backslash loses it: "\ж" is "ж"), and ${"\uXXXX"} in a String.raw template
// (whose raw text must stay what it was: a substitution adds its value as it is). A letter anywhere else — a
// name, another tag's template, after a backslash in String.raw — stops the build, rather than change what the
// code means. (A regular expression's `source` then shows the escapes: the same pattern, written otherwise.)
'use strict';

/** UTF-16 code units as \uXXXX escapes. */
function escaped(text) {
  let out = '';
  for (let i = 0; i < text.length; i++) out += `\\u${text.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/** Tokens after which a template is tagged (an expression ends there); after any other, it is a plain template. */
const EXPRESSION_END = new Set(['name', ')', ']', '`', 'this', 'super', 'string', 'num', 'regexp']);

/**
 * The regions where letters may be escaped: [start, end, kind] of comments, regular expression literals,
 * strings, the text of plain templates and of String.raw templates — from acorn's tokens (a template's text
 * is a token; a stack follows templates, their substitutions and braces, so that the template a text belongs
 * to is known). The text of a template with another tag is not one of them.
 */
function regions(acorn, source) {
  const found = [];
  const options = { ecmaVersion: 'latest', allowReturnOutsideFunction: true, allowHashBang: true, onComment: (_block, _text, start, end) => found.push([start, end, 'comment']) };
  const stack = [];
  const last = [];
  for (const token of acorn.tokenizer(source, options)) {
    const label = token.type.label;
    if (label === 'regexp') found.push([token.start, token.end, 'regex']);
    else if (label === 'string') found.push([token.start, token.end, 'string']);
    else if (label === 'template' || label === 'invalidTemplate') {
      const top = stack[stack.length - 1];
      if (top && top.template && top.kind !== null) found.push([token.start, token.end, top.kind]);
    } else if (label === '`') {
      const top = stack[stack.length - 1];
      if (top && top.template) stack.pop();
      else {
        const raw = last.length === 3 && last[0].value === 'String' && last[1].label === '.' && last[2].value === 'raw';
        const tagged = last.length > 0 && EXPRESSION_END.has(last[last.length - 1].label);
        stack.push({ template: true, kind: raw ? 'raw' : tagged ? null : 'string' });
      }
    } else if (label === '${' || label === '{') stack.push({ template: false });
    else if (label === '}') stack.pop();
    last.push({ label, value: token.value });
    if (last.length > 3) last.shift();
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/** The source with every character past ASCII escaped as the place it stands in allows; throws where none does. */
function asciiBundle(source, acorn = require('acorn')) {
  return rewrite(source, acorn).code;
}

/**
 * The rewrite and where it changed the text: [line (0-based), column, length before, length after] of each
 * change, in order, columns in UTF-16 units of the source as it was (a source map's columns). A change never
 * spans lines (what it escapes is a run of letters, and a backslash before it).
 */
function rewrite(source, acorn) {
  const edits = [];
  if (!/[\u0080-\uffff]/.test(source)) return { code: source, edits };
  const places = regions(acorn, source);
  let out = '';
  let from = 0;
  let r = 0;
  let lineNo = 0;
  let lineAt = 0;
  const pattern = /[\u0080-\uffff]+/g;
  for (let m = pattern.exec(source); m !== null; m = pattern.exec(source)) {
    const at = m.index;
    while (r < places.length && places[r][1] <= at) r++;
    const place = places[r];
    const line = () => source.slice(0, at).split('\n').length;
    if (!place || place[0] > at || place[1] < at + m[0].length) throw new Error(`ascii-bundle: line ${line()}: «${m[0]}» outside a comment, a regular expression, a string or a String.raw template`);
    let backslashes = 0;
    while (source[at - 1 - backslashes] === '\\') backslashes++;
    const escapedByBackslash = place[2] !== 'comment' && backslashes % 2 === 1;
    let start = at;
    let text;
    if (place[2] === 'raw') {
      if (escapedByBackslash) throw new Error(`ascii-bundle: line ${line()}: «${m[0]}» after a backslash in a String.raw template`);
      text = '${"' + escaped(m[0]) + '"}';
    } else {
      // "\ж" means "ж": the backslash goes with the letter it escaped.
      if (escapedByBackslash) start = at - 1;
      text = escaped(m[0]);
    }
    out += source.slice(from, start) + text;
    for (let nl = source.indexOf('\n', lineAt); nl !== -1 && nl < start; nl = source.indexOf('\n', lineAt)) {
      lineNo++;
      lineAt = nl + 1;
    }
    edits.push([lineNo, start - lineAt, at + m[0].length - start, text.length]);
    from = at + m[0].length;
  }
  return { code: out + source.slice(from), edits };
}

/**
 * A generated column moved by the edits of its line (sorted by column): past an edit by what the edit added;
 * inside one (a column no mapping of esbuild's points at, letters being no token's start), to its start.
 */
function movedColumn(column, lineEdits) {
  let shift = 0;
  for (const [, col, before, after] of lineEdits) {
    if (column >= col + before) shift += after - before;
    else if (column > col) return col + shift;
    else break;
  }
  return column + shift;
}

/**
 * The bundle in ASCII and its source map (v3, as esbuild writes it) with the generated columns moved by the
 * rewrite, so that a stack trace's line:column still points at the TypeScript it came from. `codec` is
 * @jridgewell/sourcemap-codec (decode/encode of the mappings).
 */
function asciiBundleWithMap(source, map, acorn, codec) {
  const { code, edits } = rewrite(source, acorn);
  if (edits.length === 0) return { code, map };
  const lines = codec.decode(map.mappings);
  const byLine = new Map();
  for (const edit of edits) {
    const list = byLine.get(edit[0]);
    if (list) list.push(edit);
    else byLine.set(edit[0], [edit]);
  }
  for (const [line, lineEdits] of byLine) {
    const segments = lines[line];
    if (!segments) continue;
    for (const segment of segments) segment[0] = movedColumn(segment[0], lineEdits);
  }
  return { code, map: { ...map, mappings: codec.encode(lines) } };
}

module.exports = { asciiBundle, asciiBundleWithMap };
