// Differential fuzzing of two builds of the CLI (issue 10: every optimisation keeps the output identical).
// Makes mutated .xlsx workbooks from the workbooks of a corpus directory — rows deleted, duplicated, blanked,
// swapped; numbers changed (0, negative, huge, 16+ digit fractions, numbers as text); header cells blanked or
// replaced by words of the readers' vocabulary; merges added and removed; sheets hidden, renamed, reordered,
// duplicated; shared strings turned inline and back; formulas with and without cached values; drop-down
// lists written in many ways; rows and cells out of order, twice or without their address — by editing the parts' XML text, and has each build (its bundle's exported runCli, each in a child
// process of its own) run `sverka validate FILE --format json` on it, plus one of `validate --format text`
// (ru or en) and `export`. Every difference in stdout, stderr or exit code is reported with the seed and
// case number that make the same workbook again, and the workbook is written to the output directory.
// Plain JavaScript, like bench/same-findings.js: it runs any build, an old one included.
//
//   node bench/fuzz-compare.js A.js B.js [--seed N] [--count N] [--seconds S] [--out DIR] [--corpus DIR]
//                                        [--case I] [--timeout MS] [--max-kb KB]
//     A.js, B.js  the two bundles (dist/cli.js or dist/cli-validate.js of each build; a build's dist/zod.js stays
//                 beside its bundle, so each build in a folder of its own: a report workbook needs zod)
//     --seed      the seed of the run (default: the time); case I of seed N is always the same workbook
//     --count     how many workbooks (default: unbounded), --seconds: stop after so long (default 600)
//     --out       where the differing workbooks and summary.json go (default fuzz-out)
//     --corpus    the workbooks mutated (default examples)
//     --case I    replay: only case I of the seed (prints its mutations, writes its workbook to --out)
//     --timeout   per run of one build, ms (default 60000); a run past it counts as its output "timeout"
//     --max-kb    corpus workbooks larger than this are not mutated (default 1200: a 1000x book takes a minute)
// Exit code: 0 no difference, 1 some difference, 2 the harness failed.
'use strict';
const { fork } = require('node:child_process');
const { setTimeout, clearTimeout } = require('node:timers');
const { mkdirSync, readdirSync, readFileSync, writeFileSync, rmSync, statSync } = require('node:fs');
const { join, resolve, basename } = require('node:path');
const { unzipSync, zipSync, strFromU8, strToU8 } = require('fflate');

// ---------------------------------------------------------------------------------------------------------
// The child: one bundle, loaded once, running what the parent sends.

function child(bundle) {
  // Loaded as bin/sverka.js loads it (the build writes it wrapped; a build from before that is wrapped there), not
  // by require: Node's require would run a wrapped bundle's text as a module of its own and export nothing.
  const { loadBundle } = require(join(__dirname, '..', 'bin', 'sverka.js'));
  const { runCli } = loadBundle(resolve(bundle), { write: false }).exports;
  process.on('message', async (m) => {
    let stdout = '';
    let stderr = '';
    let code;
    const started = process.hrtime.bigint();
    try {
      code = await runCli(m.args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {} });
    } catch (error) {
      // What bin/sverka.js prints for an unexpected failure (a stack would name the bundle's lines).
      stderr += `sverka: внутренняя ошибка: ${error instanceof Error ? error.message : String(error)}\n`;
      code = 3;
    }
    process.send({ id: m.id, code, stdout, stderr, ms: Number(process.hrtime.bigint() - started) / 1e6 });
  });
  process.send({ ready: true });
}

/** A build in a child process: run(args) → { code, stdout, stderr }, or { timeout: true } (the child is restarted). */
class Build {
  constructor(bundle, timeout) {
    this.bundle = bundle;
    this.timeout = timeout;
    this.next = 0;
    this.proc = null;
    this.ready = null;
  }

  start() {
    this.proc = fork(module.filename, ['--child', this.bundle], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    this.pending = new Map();
    const proc = this.proc;
    this.ready = new Promise((res, rej) => {
      proc.once('message', (m) => (m.ready ? res() : rej(new Error('child did not start'))));
      proc.once('exit', (code) => rej(new Error(`${this.bundle}: child exited (${code}) before it was ready`)));
    });
    proc.on('message', (m) => {
      const p = this.pending.get(m.id);
      if (p) {
        this.pending.delete(m.id);
        p(m);
      }
    });
    proc.on('exit', () => {
      for (const p of this.pending.values()) p({ crashed: true });
      this.pending.clear();
    });
  }

  async run(args) {
    if (!this.proc || this.proc.exitCode !== null || this.proc.signalCode !== null) this.start();
    await this.ready;
    const id = ++this.next;
    const proc = this.proc;
    let timer;
    const result = await new Promise((res) => {
      this.pending.set(id, res);
      timer = setTimeout(() => res({ timeout: true }), this.timeout);
      proc.send({ id, args });
    });
    clearTimeout(timer);
    if (result.timeout || result.crashed) {
      this.pending.delete(id);
      proc.kill('SIGKILL');
      this.proc = null;
      return result.timeout ? { timeout: true } : { crashed: true };
    }
    return result;
  }

  stop() {
    if (this.proc) this.proc.kill();
    this.proc = null;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Randomness: case I of seed N has a generator of its own.

function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function caseRandom(seed, index) {
  const r = mulberry32((Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) | 0);
  for (let i = 0; i < 4; i++) r();
  const rng = () => r();
  rng.int = (n) => Math.floor(r() * n);
  rng.pick = (list) => list[Math.floor(r() * list.length)];
  rng.chance = (p) => r() < p;
  return rng;
}

// ---------------------------------------------------------------------------------------------------------
// The workbook, as its parts' text.

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unesc = (s) =>
  s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e],
  );
const attr = (attrs, name) => {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return m ? m[1] : undefined;
};
const withoutAttr = (attrs, name) => attrs.replace(new RegExp(`\\s${name}="[^"]*"`, 'g'), '');
const setAttr = (attrs, name, value) => `${withoutAttr(attrs, name)} ${name}="${value}"`;

function colName(c) {
  let s = '';
  for (c += 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}
function parseRef(ref) {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col: col - 1 };
}
const refOf = (row, col) => `${colName(col)}${row}`;
function parseRange(text) {
  const [a, b = a] = text.split(':');
  const p = parseRef(a);
  const q = parseRef(b);
  return p && q ? { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) } : null;
}
const rangeText = (r) => (r.top === r.bottom && r.left === r.right ? refOf(r.top, r.left) : `${refOf(r.top, r.left)}:${refOf(r.bottom, r.right)}`);

/** The parts of one workbook: text edited in place, written back as a zip. */
class Book {
  constructor(files) {
    this.files = files;
    this.texts = new Map();
    this.sheetModels = new Map();
    this.sst = undefined;
  }

  text(path) {
    if (!this.texts.has(path)) this.texts.set(path, this.files[path] ? strFromU8(this.files[path]) : null);
    return this.texts.get(path);
  }

  setText(path, text) {
    this.texts.set(path, text);
  }

  /** The sheets of workbook.xml, in order: { element, name, state, part }. */
  sheets() {
    const wb = this.text('xl/workbook.xml') ?? '';
    const rels = this.text('xl/_rels/workbook.xml.rels') ?? '';
    const targets = new Map();
    for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) targets.set(attr(m[1], 'Id'), attr(m[1], 'Target'));
    return [...wb.matchAll(/<sheet\b([^>]*?)\/>/g)].map((m) => {
      const target = targets.get(attr(m[1], 'r:id')) ?? '';
      const part = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
      return { element: m[0], attrs: m[1], name: unesc(attr(m[1], 'name') ?? ''), state: attr(m[1], 'state') ?? 'visible', part };
    });
  }

  /** A worksheet part as rows of cells (null when its cells have no addresses or its XML is not the usual). */
  sheet(part) {
    if (this.sheetModels.has(part)) return this.sheetModels.get(part);
    const xml = this.text(part);
    let model = null;
    const open = xml ? /<sheetData\s*(\/>|>)/.exec(xml) : null;
    if (open) {
      const start = open.index + open[0].length;
      const end = open[1] === '/>' ? start : xml.indexOf('</sheetData>', start);
      if (end >= 0) {
        model = { pre: xml.slice(0, open.index) + '<sheetData>', post: '</sheetData>' + xml.slice(open[1] === '/>' ? start : end + '</sheetData>'.length), rows: [] };
        const body = xml.slice(start, end);
        for (const m of body.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
          const r = Number(attr(m[1], 'r'));
          if (!Number.isInteger(r) || r < 1) return this.keepModel(part, null);
          const cells = [];
          for (const c of (m[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
            const at = parseRef(attr(c[1], 'r') ?? '');
            if (!at) return this.keepModel(part, null);
            cells.push({ col: at.col, attrs: withoutAttr(c[1], 'r'), body: c[2] ?? null });
          }
          model.rows.push({ r, attrs: withoutAttr(withoutAttr(m[1], 'r'), 'spans'), cells });
        }
      }
    }
    return this.keepModel(part, model);
  }

  keepModel(part, model) {
    this.sheetModels.set(part, model);
    return model;
  }

  /** Shared strings: the <si> elements' XML, and the text of each. */
  strings() {
    if (this.sst !== undefined) return this.sst;
    const xml = this.text('xl/sharedStrings.xml');
    if (!xml) return (this.sst = null);
    const items = [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => m[1] ?? '');
    this.sst = { items, texts: items.map(siText) };
    return this.sst;
  }

  addString(text) {
    const sst = this.strings();
    if (!sst) return null;
    sst.items.push(tElement(text));
    sst.texts.push(text);
    return sst.items.length - 1;
  }

  /** The text of a cell (shared, inline or formula string), or null when it holds none. */
  cellText(cell) {
    const t = attr(cell.attrs, 't');
    if (cell.body === null) return null;
    if (t === 's') {
      const v = /<v>([^<]*)<\/v>/.exec(cell.body);
      const sst = this.strings();
      return v && sst ? (sst.texts[Number(v[1])] ?? null) : null;
    }
    if (t === 'inlineStr') return siText(cell.body);
    if (t === 'str') {
      const v = /<v>([\s\S]*?)<\/v>/.exec(cell.body);
      return v ? unesc(v[1]) : null;
    }
    return null;
  }

  /** The zip of the workbook with the edits. */
  bytes() {
    const out = { ...this.files };
    for (const [part, model] of this.sheetModels) if (model) this.texts.set(part, sheetXml(model));
    if (this.sst) {
      const xml = this.text('xl/sharedStrings.xml');
      const head = /^[\s\S]*?<sst\b[^>]*>/.exec(xml)?.[0] ?? '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
      const n = this.sst.items.length;
      const fixed = head.replace(/\scount="\d+"/, ` count="${n}"`).replace(/\suniqueCount="\d+"/, ` uniqueCount="${n}"`);
      this.texts.set('xl/sharedStrings.xml', `${fixed}${this.sst.items.map((i) => `<si>${i}</si>`).join('')}</sst>`);
    }
    for (const [part, text] of this.texts) if (text !== null) out[part] = strToU8(text);
    return zipSync(out, { level: 1 });
  }
}

function siText(xml) {
  let text = '';
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  for (const m of plain.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) text += unesc(m[1] ?? '');
  return text;
}
const tElement = (text) => `<t xml:space="preserve">${esc(text)}</t>`;

/** The part's XML: rows and cells in order unless a mutation left them out of order (`keepOrder`). */
function sheetXml(model) {
  const rows = model.keepOrder ? model.rows : [...model.rows].sort((a, b) => a.r - b.r);
  let body = '';
  for (const row of rows) {
    const cells = row.keepOrder ? row.cells : [...row.cells].sort((a, b) => a.col - b.col);
    body += row.noRef ? `<row${row.attrs}>` : `<row r="${row.r}"${row.attrs}>`;
    for (const c of cells) {
      const ref = row.noCellRefs ? '' : ` r="${refOf(row.r, c.col)}"`;
      body += c.body === null ? `<c${ref}${c.attrs}/>` : `<c${ref}${c.attrs}>${c.body}</c>`;
    }
    body += '</row>';
  }
  return model.pre + body + model.post;
}

// ---------------------------------------------------------------------------------------------------------
// The mutations. Each takes the book and the generator and says what it did, or null when it does not apply.

const WORDS = [
  'Наименование', 'Источник финансирования', 'Всего', 'Единица измерения', 'Базовое значение', 'Итого',
  'Наименование показателя', 'Наименование мероприятия', 'Наименование подпрограммы', '№ п/п',
  'Объем финансирования, тыс. руб.', 'Планируемое значение', 'Средства бюджета муниципального образования',
  'Средства федерального бюджета', 'Средства бюджета субъекта', 'Внебюджетные источники', 'тыс. руб.', '%', 'ед.',
  'Ответственный исполнитель', 'Срок исполнения', 'Всего по программе', 'Бюджет городского округа', 'в том числе:',
  'Показатель', 'Целевой показатель', 'Значение показателя', 'Годы реализации', 'Приложение 1', 'Приложение 2',
];
const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2030', '2021 год', '2022 г.', '2023г', '2020-2024', '2024 (прогноз)'];
const NUMBERS = [
  '0', '-0', '-1', '-250.5', '1e15', '9007199254740993', '1.7976931348623157e308', '1e-7', '5e-324',
  '0.1234567890123456789', '1234.5678901234567', '0.30000000000000004', '3.0000000000000004', '99999999999.99',
  '2.5', '100', '1E3', ' 12', '7 ', '12abc', '1,5', '0x10', '123456789012345678901234567890', '0.1', '1000.005',
];
const NUMBER_TEXTS = [
  '1 234,5', '1\u00a0234,5', '1234,5', '1 234.5', '1.234,56', '12 345 678,90', '-5', '\u2212 5', '—', '-', '12%',
  '0', '1e3', '  42  ', '(100)', '0,0', '100,00', '1 234', 'нет', 'x', '0.1234567890123456789',
];
/** Ways the same words are typed otherwise: case, spaces, line breaks, letters that look alike. */
const RETYPES = [
  (s) => s.toUpperCase(),
  (s) => s.toLowerCase(),
  (s) => `  ${s}  `,
  (s) => s.replace(/ /g, '  '),
  (s) => s.replace(/ /g, '\u00a0'),
  (s) => s.replace(/ /g, '\n'),
  (s) => s.replace(/ /, '\r\n'),
  (s) => s.replace(/ /g, '\t'),
  (s) => `${s}.`,
  (s) => `${s}:`,
  (s) => `${s}*`,
  (s) => s.replace(/е/g, 'ё'),
  (s) => s.replace(/а/g, 'a').replace(/о/g, 'o').replace(/е/g, 'e'), // Latin look-alikes
  (s) => s.replace(/(.{3})/, '$1\u00ad'),
  (s) => s.replace(/(.{2})/, '$1\u200b'),
  (s) => s.replace(/и/, 'и\u0306'), // й decomposed
  (s) => `İ${s}`, // lower case is two code units
  (s) => `${s} 😀`,
  (s) => s.slice(0, Math.max(1, s.length - 3)),
  (s) => `${s} ${s}`,
  () => '',
  () => ' ',
];

/** The visible sheets (or all) that have a row model. */
function sheetsOf(book, rng, all = false) {
  return book.sheets().filter((s) => (all || s.state === 'visible') && book.sheet(s.part) && book.sheet(s.part).rows.length > 0);
}
function pickSheet(book, rng) {
  const sheets = sheetsOf(book, rng);
  return sheets.length ? rng.pick(sheets) : null;
}
function pickRow(model, rng) {
  const rows = model.rows.filter((r) => r.cells.some((c) => c.body !== null));
  return rows.length ? rng.pick(rows) : null;
}
function allCells(model) {
  const out = [];
  for (const row of model.rows) for (const cell of row.cells) out.push({ row, cell });
  return out;
}
const isNumberCell = (c) => c.body !== null && /<v>[^<]*<\/v>/.test(c.body) && !/<f\b/.test(c.body) && [undefined, 'n'].includes(attr(c.attrs, 't'));
const where = (sheet, row, col) => `«${sheet.name}»!${refOf(row, col)}`;

/** Rows from `from` on move by `delta` (merges, drop-down ranges too); a row moved onto another is dropped. */
function shiftRows(book, sheet, from, delta) {
  const model = book.sheet(sheet.part);
  for (const row of model.rows) if (row.r >= from) row.r += delta;
  model.rows = model.rows.filter((r) => r.r >= 1 && r.r <= 1048576);
  const fix = (range) => {
    const r = parseRange(range);
    if (!r) return range;
    if (r.top >= from) r.top += delta;
    if (r.bottom >= from) r.bottom += delta;
    if (r.top < 1 || r.bottom < r.top) return null;
    return rangeText(r);
  };
  model.post = model.post
    .replace(/<mergeCell ref="([^"]*)"\s*\/>/g, (m, ref) => {
      const fixed = fix(ref);
      return fixed ? `<mergeCell ref="${fixed}"/>` : '';
    })
    .replace(/(<dataValidation\b[^>]*\ssqref=")([^"]*)"/g, (m, head, refs) => `${head}${refs.split(/\s+/).map((x) => fix(x) ?? x).join(' ')}"`);
}

function setCellValue(book, cell, kind, text) {
  cell.attrs = withoutAttr(cell.attrs, 't');
  if (kind === 'number') cell.body = `<v>${esc(text)}</v>`;
  else if (kind === 'inline') {
    cell.attrs += ' t="inlineStr"';
    cell.body = `<is>${tElement(text)}</is>`;
  } else {
    const index = book.addString(text);
    if (index === null) return setCellValue(book, cell, 'inline', text);
    cell.attrs += ' t="s"';
    cell.body = `<v>${index}</v>`;
  }
  return kind;
}

const MUTATIONS = {
  deleteRow(book, rng) {
    const sheet = pickSheet(book, rng);
    const row = sheet && pickRow(book.sheet(sheet.part), rng);
    if (!row) return null;
    const model = book.sheet(sheet.part);
    model.rows.splice(model.rows.indexOf(row), 1);
    const r = row.r;
    if (rng.chance(0.7)) shiftRows(book, sheet, r + 1, -1);
    return `delete row ${r} of «${sheet.name}»`;
  },
  duplicateRow(book, rng) {
    const sheet = pickSheet(book, rng);
    const row = sheet && pickRow(book.sheet(sheet.part), rng);
    if (!row) return null;
    const times = rng.chance(0.8) ? 1 : 2 + rng.int(20);
    shiftRows(book, sheet, row.r + 1, times);
    for (let i = 1; i <= times; i++) book.sheet(sheet.part).rows.push({ r: row.r + i, attrs: row.attrs, cells: row.cells.map((c) => ({ ...c })) });
    return `duplicate row ${row.r} of «${sheet.name}» ×${times}`;
  },
  blankRow(book, rng) {
    const sheet = pickSheet(book, rng);
    const row = sheet && pickRow(book.sheet(sheet.part), rng);
    if (!row) return null;
    const styled = rng.chance(0.5);
    row.cells = styled ? row.cells.map((c) => ({ col: c.col, attrs: withoutAttr(c.attrs, 't'), body: null })) : [];
    return `blank row ${row.r} of «${sheet.name}»${styled ? ' (styled cells kept)' : ''}`;
  },
  swapRows(book, rng) {
    const sheet = pickSheet(book, rng);
    if (!sheet) return null;
    const model = book.sheet(sheet.part);
    const a = pickRow(model, rng);
    if (!a) return null;
    const near = model.rows.filter((r) => r !== a && Math.abs(r.r - a.r) <= (rng.chance(0.7) ? 3 : 1e9));
    if (near.length === 0) return null;
    const b = rng.pick(near);
    [a.r, b.r] = [b.r, a.r];
    return `swap rows ${a.r} and ${b.r} of «${sheet.name}»`;
  },
  cutRows(book, rng) {
    const sheet = pickSheet(book, rng);
    const row = sheet && pickRow(book.sheet(sheet.part), rng);
    if (!row) return null;
    const model = book.sheet(sheet.part);
    model.rows = model.rows.filter((r) => r.r < row.r);
    return `delete rows ${row.r}… of «${sheet.name}»`;
  },
  insertRows(book, rng) {
    const sheet = pickSheet(book, rng);
    const row = sheet && pickRow(book.sheet(sheet.part), rng);
    if (!row) return null;
    const n = 1 + rng.int(3);
    shiftRows(book, sheet, row.r, n);
    return `insert ${n} empty rows before row ${row.r - n} of «${sheet.name}»`;
  },
  shiftColumns(book, rng) {
    const sheet = pickSheet(book, rng);
    if (!sheet) return null;
    const model = book.sheet(sheet.part);
    const cells = allCells(model);
    if (!cells.length) return null;
    const from = rng.pick(cells).cell.col;
    const remove = rng.chance(0.4) && from > 0;
    for (const row of model.rows) {
      if (remove) row.cells = row.cells.filter((c) => c.col !== from);
      for (const c of row.cells) if (c.col >= from) c.col += remove ? -1 : 1;
    }
    model.post = model.post.replace(/<mergeCell ref="([^"]*)"\s*\/>/g, (m, ref) => {
      const r = parseRange(ref);
      if (!r) return m;
      if (r.left >= from) r.left += remove ? -1 : 1;
      if (r.right >= from) r.right += remove ? -1 : 1;
      return r.right < r.left ? '' : `<mergeCell ref="${rangeText(r)}"/>`;
    });
    return `${remove ? 'delete' : 'insert'} column ${colName(from)} of «${sheet.name}»`;
  },
  moveSheetContent(book, rng) {
    const sheet = pickSheet(book, rng);
    if (!sheet) return null;
    const model = book.sheet(sheet.part);
    const down = rng.int(4);
    const right = rng.int(3);
    if (down === 0 && right === 0) return null;
    for (const row of model.rows) {
      row.r += down;
      for (const c of row.cells) c.col += right;
    }
    model.post = model.post.replace(/<mergeCell ref="([^"]*)"\s*\/>/g, (m, ref) => {
      const r = parseRange(ref);
      return r ? `<mergeCell ref="${rangeText({ top: r.top + down, bottom: r.bottom + down, left: r.left + right, right: r.right + right })}"/>` : m;
    });
    model.post = model.post.replace(/(<dataValidation\b[^>]*\ssqref=")([^"]*)"/g, (m, head, refs) =>
      `${head}${refs.split(/\s+/).map((x) => { const r = parseRange(x); return r ? rangeText({ top: r.top + down, bottom: r.bottom + down, left: r.left + right, right: r.right + right }) : x; }).join(' ')}"`,
    );
    return `move «${sheet.name}» ${down} rows down, ${right} columns right`;
  },
  changeNumber(book, rng) {
    const sheet = pickSheet(book, rng);
    if (!sheet) return null;
    const cells = allCells(book.sheet(sheet.part)).filter(({ cell }) => isNumberCell(cell));
    if (!cells.length) return null;
    const { row, cell } = rng.pick(cells);
    const old = /<v>([^<]*)<\/v>/.exec(cell.body)[1];
    const choice = rng.int(4);
    if (choice === 0) {
      const text = rng.pick(NUMBER_TEXTS);
      const kind = setCellValue(book, cell, rng.chance(0.5) ? 'shared' : 'inline', text);
      return `${where(sheet, row.r, cell.col)}: number ${old} → text ${JSON.stringify(text)} (${kind})`;
    }
    let value;
    if (choice === 1) value = String(-Number(old));
    else if (choice === 2) value = String(Number(old) * rng.pick([10, 1000, 0.001, 1.0000000000000002, 0.5]));
    else value = rng.pick(NUMBERS);
    cell.body = cell.body.replace(/<v>[^<]*<\/v>/, `<v>${esc(value)}</v>`);
    return `${where(sheet, row.r, cell.col)}: number ${old} → ${JSON.stringify(value)}`;
  },
  textToNumber(book, rng) {
    const sheet = pickSheet(book, rng);
    if (!sheet) return null;
    const cells = allCells(book.sheet(sheet.part)).filter(({ cell }) => book.cellText(cell) !== null && /^[\s\d.,\u00a0-]+$/.test(book.cellText(cell)));
    if (!cells.length) return null;
    const { row, cell } = rng.pick(cells);
    const old = book.cellText(cell);
    const n = parseFloat(old.replace(/[\s\u00a0]/g, '').replace(',', '.'));
    if (Number.isNaN(n)) return null;
    setCellValue(book, cell, 'number', String(n));
    return `${where(sheet, row.r, cell.col)}: text ${JSON.stringify(old)} → number ${n}`;
  },
  changeText(book, rng) {
    const sheet = pickSheet(book, rng);
    if (!sheet) return null;
    const cells = allCells(book.sheet(sheet.part)).filter(({ cell }) => book.cellText(cell) !== null);
    if (!cells.length) return null;
    // Header-like cells (the words the readers look for) more often than others.
    const headers = cells.filter(({ cell }) => /наимен|источник|всего|итого|единиц|значени|показател|мероприят|финансир|бюджет|год|20\d\d|№/i.test(book.cellText(cell)));
    const { row, cell } = rng.pick(headers.length && rng.chance(0.7) ? headers : cells);
    const old = book.cellText(cell);
    const how = rng.int(4);
    let text;
    if (how === 0) text = rng.pick(WORDS);
    else if (how === 1) text = rng.pick(YEARS);
    else text = rng.pick(RETYPES)(old);
    if (text === '' && rng.chance(0.5)) {
      cell.body = null;
      cell.attrs = withoutAttr(cell.attrs, 't');
      return `${where(sheet, row.r, cell.col)}: ${JSON.stringify(old)} blanked`;
    }
    const kind = setCellValue(book, cell, rng.chance(0.5) ? 'shared' : 'inline', text);
    return `${where(sheet, row.r, cell.col)}: ${JSON.stringify(old)} → ${JSON.stringify(text)} (${kind})`;
  },
  copyCell(book, rng) {
    const sheet = pickSheet(book, rng);
    if (!sheet) return null;
    const cells = allCells(book.sheet(sheet.part)).filter(({ cell }) => cell.body !== null);
    if (cells.length < 2) return null;
    const from = rng.pick(cells);
    const to = rng.pick(cells);
    to.cell.attrs = from.cell.attrs;
    to.cell.body = from.cell.body.replace(/<f\b[^>]*\bt="shared"[^>]*(\/>|>[\s\S]*?<\/f>)/, '');
    return `${where(sheet, to.row.r, to.cell.col)} := ${where(sheet, from.row.r, from.cell.col)}`;
  },
  blankCell(book, rng) {
    const sheet = pickSheet(book, rng);
    if (!sheet) return null;
    const cells = allCells(book.sheet(sheet.part)).filter(({ cell }) => cell.body !== null);
    if (!cells.length) return null;
    const { row, cell } = rng.pick(cells);
    const how = rng.int(3);
    if (how === 0) row.cells.splice(row.cells.indexOf(cell), 1);
    else if (how === 1) {
      cell.body = null;
      cell.attrs = withoutAttr(cell.attrs, 't');
    } else {
      cell.attrs = setAttr(cell.attrs, 't', 'inlineStr');
      cell.body = '<is><t></t></is>';
    }
    return `${where(sheet, row.r, cell.col)} blanked (${['removed', 'no value', 'empty inline string'][how]})`;
  },
  strayCell(book, rng) {
    const sheet = pickSheet(book, rng);
    if (!sheet) return null;
    const model = book.sheet(sheet.part);
    const last = Math.max(...model.rows.map((r) => r.r));
    const r = rng.chance(0.5) ? last + 1 + rng.int(30) : 1 + rng.int(last);
    const col = rng.int(rng.chance(0.8) ? 12 : 60);
    let row = model.rows.find((x) => x.r === r);
    if (!row) model.rows.push((row = { r, attrs: '', cells: [] }));
    row.cells = row.cells.filter((c) => c.col !== col);
    const cell = { col, attrs: '', body: null };
    row.cells.push(cell);
    const what = rng.pick(['styled', 'number', 'word', 'note']);
    if (what === 'styled') cell.attrs = ' s="1"';
    else if (what === 'number') setCellValue(book, cell, 'number', rng.pick(NUMBERS));
    else setCellValue(book, cell, 'shared', what === 'word' ? rng.pick([...WORDS, ...YEARS]) : rng.pick(['Примечание', 'x', 'Глава администрации', '*']));
    return `${where(sheet, r, col)}: stray ${what} cell`;
  },
  addMerge(book, rng) {
    const sheet = pickSheet(book, rng);
    if (!sheet) return null;
    const model = book.sheet(sheet.part);
    const { row, cell } = rng.pick(allCells(model).length ? allCells(model) : [{ row: model.rows[0], cell: { col: 0 } }]);
    const range = { top: row.r, left: cell.col, bottom: row.r + (rng.chance(0.5) ? 0 : 1 + rng.int(3)), right: cell.col + (rng.chance(0.5) ? 0 : 1 + rng.int(3)) };
    if (range.bottom === range.top && range.right === range.left) range.right += 1;
    const element = `<mergeCell ref="${rangeText(range)}"/>`;
    if (/<mergeCells\b[^>]*>/.test(model.post)) model.post = model.post.replace(/<mergeCells\b[^>]*>/, (m) => m + element);
    else model.post = model.post.replace('</sheetData>', `</sheetData><mergeCells>${element}</mergeCells>`);
    return `merge ${rangeText(range)} of «${sheet.name}»`;
  },
  removeMerge(book, rng) {
    const sheet = pickSheet(book, rng);
    if (!sheet) return null;
    const model = book.sheet(sheet.part);
    const merges = [...model.post.matchAll(/<mergeCell ref="([^"]*)"\s*\/>/g)];
    if (!merges.length) return null;
    const m = rng.pick(merges);
    model.post = model.post.replace(m[0], '');
    return `unmerge ${m[1]} of «${sheet.name}»`;
  },
  sheetState(book, rng) {
    const sheets = book.sheets();
    if (!sheets.length) return null;
    const s = rng.pick(sheets);
    const state = s.state === 'visible' ? rng.pick(['hidden', 'veryHidden']) : 'visible';
    const wb = book.text('xl/workbook.xml');
    book.setText('xl/workbook.xml', wb.replace(s.element, `<sheet${setAttr(s.attrs, 'state', state)}/>`));
    return `sheet «${s.name}» ${s.state} → ${state}`;
  },
  renameSheet(book, rng) {
    const sheets = book.sheets();
    if (!sheets.length) return null;
    const s = rng.pick(sheets);
    const name = rng.pick([(n) => n.toUpperCase(), (n) => `${n} `, (n) => n.replace(/ /g, ''), () => 'Лист1', () => 'Паспорт', () => 'Приложение 1', () => 'Приложение 2', () => 'Прил. 1', () => 'Списки'])(s.name);
    if (sheets.some((x) => x !== s && x.name.toLowerCase() === name.toLowerCase())) return null;
    const wb = book.text('xl/workbook.xml');
    book.setText('xl/workbook.xml', wb.replace(s.element, `<sheet${setAttr(s.attrs, 'name', esc(name))}/>`));
    return `sheet «${s.name}» renamed «${name}»`;
  },
  reorderSheets(book, rng) {
    const sheets = book.sheets();
    if (sheets.length < 2) return null;
    const order = [...sheets];
    const i = rng.int(order.length);
    const j = rng.int(order.length);
    if (i === j) return null;
    [order[i], order[j]] = [order[j], order[i]];
    const wb = book.text('xl/workbook.xml');
    const all = sheets.map((s) => s.element);
    let k = 0;
    book.setText('xl/workbook.xml', wb.replace(/<sheet\b[^>]*?\/>/g, (m) => (all.includes(m) ? order[k++].element : m)));
    return `sheets «${sheets[i].name}» and «${sheets[j].name}» swap places`;
  },
  duplicateSheet(book, rng) {
    const sheets = sheetsOf(book, rng, true);
    if (!sheets.length) return null;
    const s = rng.pick(sheets);
    const n = Object.keys(book.files).length + 100;
    const part = `xl/worksheets/sheet${n}.xml`;
    const model = book.sheet(s.part);
    book.sheetModels.set(part, { pre: model.pre, post: model.post, rows: model.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c })) })) });
    book.files[part] = new Uint8Array(0);
    const rels = book.text('xl/_rels/workbook.xml.rels');
    book.setText('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', `<Relationship Id="rIdFuzz${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/></Relationships>`));
    const types = book.text('[Content_Types].xml');
    if (types) book.setText('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`));
    const name = `${s.name.slice(0, 25)} (2)`;
    const wb = book.text('xl/workbook.xml');
    const element = `<sheet name="${esc(name)}" sheetId="${n}" state="${rng.chance(0.7) ? 'visible' : 'hidden'}" r:id="rIdFuzz${n}"/>`;
    book.setText('xl/workbook.xml', rng.chance(0.5) ? wb.replace(s.element, s.element + element) : wb.replace('</sheets>', element + '</sheets>'));
    return `sheet «${s.name}» copied as «${name}»`;
  },
  stringsInline(book, rng) {
    const sheet = pickSheet(book, rng);
    if (!sheet) return null;
    let n = 0;
    const rich = rng.chance(0.3);
    for (const { cell } of allCells(book.sheet(sheet.part))) {
      if (attr(cell.attrs, 't') !== 's') continue;
      const text = book.cellText(cell);
      if (text === null) continue;
      cell.attrs = setAttr(cell.attrs, 't', 'inlineStr');
      const cut = rich ? Math.floor(text.length / 2) : 0;
      cell.body = rich && cut > 0 ? `<is><r>${tElement(text.slice(0, cut))}</r><r><rPr><b/></rPr>${tElement(text.slice(cut))}</r></is>` : `<is>${tElement(text)}</is>`;
      n++;
    }
    return n ? `«${sheet.name}»: ${n} shared strings made inline${rich ? ' rich text' : ''}` : null;
  },
  stringsShared(book, rng) {
    const sheet = pickSheet(book, rng);
    if (!sheet || !book.strings()) return null;
    let n = 0;
    const kind = rng.chance(0.3) ? 'str' : 'inlineStr';
    for (const { cell } of allCells(book.sheet(sheet.part))) {
      if (attr(cell.attrs, 't') !== kind) continue;
      const text = book.cellText(cell);
      if (text === null || /<f\b/.test(cell.body)) continue;
      setCellValue(book, cell, 'shared', text);
      n++;
    }
    return n ? `«${sheet.name}»: ${n} ${kind} strings made shared` : null;
  },
  richSharedString(book, rng) {
    const sst = book.strings();
    if (!sst || !sst.items.length) return null;
    const i = rng.int(sst.items.length);
    const text = sst.texts[i];
    if (text.length < 2) return null;
    const cut = 1 + rng.int(text.length - 1);
    sst.items[i] = `<r>${tElement(text.slice(0, cut))}</r><r><rPr><i/><sz val="11"/></rPr>${tElement(text.slice(cut))}</r>${rng.chance(0.3) ? '<rPh sb="0" eb="1"><t>ふりがな</t></rPh>' : ''}`;
    return `shared string ${i} ${JSON.stringify(text)} split in rich runs at ${cut}`;
  },
  formula(book, rng) {
    const sheet = pickSheet(book, rng);
    if (!sheet) return null;
    const cells = allCells(book.sheet(sheet.part)).filter(({ cell }) => cell.body !== null && !/<f\b/.test(cell.body));
    if (!cells.length) return null;
    const { row, cell } = rng.pick(cells);
    const f = rng.pick(['SUM(C5:C9)', `${refOf(Math.max(1, row.r - 1), cell.col)}+1`, 'ROUND(D7*1.1,1)', '"Всего"', 'IF(A1>0,1,0)', 'Списки!A1']);
    const how = rng.int(4);
    const old = cell.body;
    const v = /<v>([^<]*)<\/v>/.exec(old);
    const text = book.cellText(cell);
    if (how === 0 && v && isNumberCell(cell)) cell.body = `<f>${esc(f)}</f><v>${v[1]}</v>`;
    else if (how === 1) {
      cell.attrs = withoutAttr(cell.attrs, 't');
      cell.body = `<f>${esc(f)}</f>`;
    } else if (how === 2 && text !== null) {
      cell.attrs = setAttr(cell.attrs, 't', 'str');
      cell.body = `<f>${esc(f)}</f><v>${esc(text)}</v>`;
    } else {
      cell.attrs = setAttr(cell.attrs, 't', 'e');
      cell.body = `<f>${esc(f)}</f><v>${rng.pick(['#DIV/0!', '#REF!', '#N/A', '#VALUE!'])}</v>`;
    }
    return `${where(sheet, row.r, cell.col)}: formula ${JSON.stringify(f)} (${['cached number', 'no cached value', 'cached string', 'error'][how]}; was ${JSON.stringify(text ?? (v ? v[1] : old))})`;
  },
  sharedFormula(book, rng) {
    const sheet = pickSheet(book, rng);
    if (!sheet) return null;
    const model = book.sheet(sheet.part);
    const cells = allCells(model).filter(({ cell }) => isNumberCell(cell));
    if (!cells.length) return null;
    const { row, cell } = rng.pick(cells);
    const column = cells.filter((x) => x.cell.col === cell.col && x.row.r >= row.r).sort((a, b) => a.row.r - b.row.r).slice(0, 2 + rng.int(5));
    if (column.length < 2) return null;
    const si = String(90 + rng.int(9));
    const last = column[column.length - 1].row.r;
    column.forEach(({ cell: c }, k) => {
      const v = /<v>([^<]*)<\/v>/.exec(c.body)[1];
      c.body = k === 0 ? `<f t="shared" ref="${refOf(row.r, cell.col)}:${refOf(last, cell.col)}" si="${si}">${refOf(row.r, Math.max(0, cell.col - 1))}*2</f><v>${v}</v>` : `<f t="shared" si="${si}"/><v>${v}</v>`;
    });
    return `«${sheet.name}»!${refOf(row.r, cell.col)}:${refOf(last, cell.col)}: shared formula si=${si}`;
  },
  cellStyle(book, rng) {
    const sheet = pickSheet(book, rng);
    const styles = book.text('xl/styles.xml');
    const count = Number(/<cellXfs\s+count="(\d+)"/.exec(styles ?? '')?.[1] ?? 0);
    if (!sheet || count < 2) return null;
    const cells = allCells(book.sheet(sheet.part)).filter(({ cell }) => isNumberCell(cell));
    if (!cells.length) return null;
    const { row, cell } = rng.pick(cells);
    const s = rng.int(count);
    cell.attrs = setAttr(cell.attrs, 's', String(s));
    return `${where(sheet, row.r, cell.col)}: style ${s}`;
  },
  numberFormat(book, rng) {
    const styles = book.text('xl/styles.xml');
    if (!styles || !/<cellXfs\b/.test(styles)) return null;
    const xfs = [...styles.matchAll(/<xf\b[^>]*?numFmtId="(\d+)"/g)];
    if (!xfs.length) return null;
    const fmt = rng.pick(['14', '22', '10', '4', '49', '2', '0', '164']);
    const k = rng.int(xfs.length);
    let i = 0;
    book.setText('xl/styles.xml', styles.replace(/(<xf\b[^>]*?numFmtId=")(\d+)"/g, (m, head) => (i++ === k ? `${head}${fmt}"` : m)));
    return `styles: xf element ${k} gets number format ${fmt}`;
  },
  dataValidation(book, rng) {
    const sheet = pickSheet(book, rng);
    if (!sheet) return null;
    const model = book.sheet(sheet.part);
    const existing = [...model.post.matchAll(/<dataValidation\b[\s\S]*?<\/dataValidation>/g)];
    if (existing.length && rng.chance(0.3)) {
      const m = rng.pick(existing);
      model.post = model.post.replace(m[0], '');
      return `«${sheet.name}»: drop-down list removed (${attr(m[0], 'sqref')})`;
    }
    const cells = allCells(model);
    if (!cells.length) return null;
    const { row, cell } = rng.pick(cells);
    const range = { top: row.r, left: cell.col, bottom: row.r + rng.int(10), right: cell.col };
    const hidden = book.sheets().find((s) => s.state !== 'visible');
    const formula = hidden && rng.chance(0.5)
      ? `${/[^A-Za-z0-9_]/.test(hidden.name) ? `'${hidden.name}'` : hidden.name}!$A$1:$A$${1 + rng.int(20)}`
      : `"${rng.pick([['Всего', 'Итого'], ['Средства федерального бюджета', 'Средства бюджета муниципального образования', 'Внебюджетные источники'], ['%', 'ед.', 'тыс. руб.'], ['да', 'нет']])
        .join(',')}"`;
    const element = `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${rangeText(range)}"><formula1>${esc(formula)}</formula1></dataValidation>`;
    if (/<dataValidations\b[^>]*>/.test(model.post)) model.post = model.post.replace(/<dataValidations\b[^>]*>/, (m) => m + element);
    else if (/<pageMargins\b/.test(model.post)) model.post = model.post.replace(/<pageMargins\b/, `<dataValidations count="1">${element}</dataValidations><pageMargins`);
    else model.post = model.post.replace('</worksheet>', `<dataValidations count="1">${element}</dataValidations></worksheet>`);
    return `«${sheet.name}»!${rangeText(range)}: drop-down list ${formula}`;
  },
  booleanOrDate(book, rng) {
    const sheet = pickSheet(book, rng);
    if (!sheet) return null;
    const cells = allCells(book.sheet(sheet.part)).filter(({ cell }) => cell.body !== null);
    if (!cells.length) return null;
    const { row, cell } = rng.pick(cells);
    const kind = rng.pick(['b', 'd', 'e']);
    cell.attrs = setAttr(cell.attrs, 't', kind);
    cell.body = `<v>${kind === 'b' ? rng.pick(['1', '0']) : kind === 'd' ? rng.pick(['2024-12-31T00:00:00', '2021-01-01', 'не дата']) : '#N/A'}</v>`;
    return `${where(sheet, row.r, cell.col)}: t="${kind}" cell`;
  },
};

Object.assign(MUTATIONS, {
  /** Rows written out of order (a writer may; the reader places each by its r). */
  disorderRows(book, rng) {
    const sheet = pickSheet(book, rng);
    if (!sheet) return null;
    const model = book.sheet(sheet.part);
    if (model.rows.length < 2) return null;
    model.rows.sort((a, b) => a.r - b.r);
    const i = rng.int(model.rows.length);
    const j = rng.chance(0.5) ? 0 : rng.int(model.rows.length);
    if (i === j) return null;
    [model.rows[i], model.rows[j]] = [model.rows[j], model.rows[i]];
    model.keepOrder = true;
    return `«${sheet.name}»: row ${model.rows[j].r} written before row ${model.rows[i].r} (out of order)`;
  },
  /** A row's cells written out of order, or one place written twice (a later cell at the same place wins). */
  disorderCells(book, rng) {
    const sheet = pickSheet(book, rng);
    const row = sheet && pickRow(book.sheet(sheet.part), rng);
    if (!row) return null;
    row.cells.sort((a, b) => a.col - b.col);
    row.keepOrder = true;
    const filled = row.cells.filter((c) => c.body !== null);
    if (rng.chance(0.5) && filled.length) {
      const c = rng.pick(filled);
      const how = rng.pick(['number', 'word', 'empty', 'styled']);
      const twin = { col: c.col, attrs: how === 'styled' ? ' s="1"' : '', body: null };
      if (how === 'number') setCellValue(book, twin, 'number', rng.pick(NUMBERS.slice(0, 12)));
      else if (how === 'word') setCellValue(book, twin, 'inline', rng.pick(WORDS));
      else if (how === 'empty') setCellValue(book, twin, 'inline', '');
      const after = rng.chance(0.7);
      row.cells.splice(row.cells.indexOf(c) + (after ? 1 : 0), 0, twin);
      return `${where(sheet, row.r, c.col)} written twice, the ${how} ${after ? 'after' : 'before'} it`;
    }
    row.cells.reverse();
    return `«${sheet.name}» row ${row.r}: cells written right to left`;
  },
  /** Cells or a row without their r (their place follows the one before). */
  implicitRefs(book, rng) {
    const sheet = pickSheet(book, rng);
    const row = sheet && pickRow(book.sheet(sheet.part), rng);
    if (!row) return null;
    if (rng.chance(0.5)) {
      row.noCellRefs = true;
      return `«${sheet.name}» row ${row.r}: cells without r`;
    }
    row.noRef = true;
    return `«${sheet.name}» row ${row.r} without r`;
  },
  /** A cell far to the right or far below: a sparse sheet. */
  farCell(book, rng) {
    const sheet = pickSheet(book, rng);
    if (!sheet) return null;
    const model = book.sheet(sheet.part);
    const last = Math.max(...model.rows.map((r) => r.r));
    const r = rng.chance(0.5) ? 1 + rng.int(last) : last + rng.pick([100, 5000, 60000]);
    const col = rng.chance(0.5) ? rng.int(20) : rng.pick([200, 1000, 3000, 16383]);
    let row = model.rows.find((x) => x.r === r);
    if (!row) model.rows.push((row = { r, attrs: '', cells: [] }));
    row.cells = row.cells.filter((c) => c.col !== col);
    const cell = { col, attrs: '', body: null };
    row.cells.push(cell);
    setCellValue(book, cell, rng.chance(0.5) ? 'number' : 'shared', rng.chance(0.5) ? '1' : 'Примечание');
    return `${where(sheet, r, col)}: far cell`;
  },
  /** A drop-down list whose formula is written otherwise: case, quotes, $, spaces, several ranges. */
  oddList(book, rng) {
    const sheet = pickSheet(book, rng);
    if (!sheet) return null;
    const model = book.sheet(sheet.part);
    const cells = allCells(model);
    if (!cells.length) return null;
    const { row, cell } = rng.pick(cells);
    const others = book.sheets();
    const target = rng.pick(others);
    const n = target.name;
    const quoted = `'${n.replace(/'/g, "''")}'`;
    const formula = rng.pick([
      `${quoted}!$A$1:$A$${1 + rng.int(30)}`, `${quoted}!A1:A${1 + rng.int(30)}`, `${quoted.toLowerCase()}!$A$1:$A$9`, `${quoted.toUpperCase()}!$B$2:$B$9`,
      `=${quoted}!$A$1:$A$5`, `$A$1:$A$${1 + rng.int(10)}`, `A1:B3`, `${quoted}!$A$3`, `${quoted}!A:A`, `${n}!$A$1:$A$5`, `'Нет такого'!$A$1:$A$3`,
      '"Всего,Итого"', '" Всего , Итого "', '"a,,b"', '""', '" "', '"Средства федерального бюджета;Внебюджетные источники"', 'Источники', 'INDIRECT("A1")',
    ]);
    const ranges = [rangeText({ top: row.r, left: cell.col, bottom: row.r + rng.int(5), right: cell.col })];
    if (rng.chance(0.3)) ranges.push(rangeText({ top: row.r + 7, left: cell.col + 1, bottom: row.r + 9, right: cell.col + 2 }));
    const element = `<dataValidation type="${rng.chance(0.9) ? 'list' : 'whole'}" allowBlank="1" sqref="${ranges.join(' ')}"><formula1>${esc(formula)}</formula1></dataValidation>`;
    if (/<dataValidations\b[^>]*>/.test(model.post)) model.post = model.post.replace(/<dataValidations\b[^>]*>/, (m) => m + element);
    else model.post = model.post.replace('</worksheet>', `<dataValidations count="1">${element}</dataValidations></worksheet>`);
    return `«${sheet.name}»!${ranges.join(' ')}: drop-down list ${formula}`;
  },
});

const NAMES = Object.keys(MUTATIONS);
/** Each mutation's weight: the ones that reach the readers' and the rules' decisions more often. */
const WEIGHTS = { changeNumber: 6, changeText: 6, deleteRow: 3, duplicateRow: 3, blankRow: 2, swapRows: 2, blankCell: 3, formula: 2, addMerge: 2, removeMerge: 2, copyCell: 2, textToNumber: 2 };

/** The workbook of case `index` of `seed`: { name, bytes, mutations, command } or null when it cannot be made. */
function makeCase(corpus, seed, index) {
  const rng = caseRandom(seed, index);
  const base = rng.pick(corpus.names);
  const files = corpus.load(base);
  if (!files) return { base, bytes: null, mutations: ['(not a zip the harness can edit)'] };
  const book = new Book(files);
  const mutations = [];
  const total = NAMES.reduce((n, k) => n + (WEIGHTS[k] ?? 1), 0);
  const wanted = 1 + rng.int(rng.chance(0.2) ? 8 : 3);
  for (let tries = 0; mutations.length < wanted && tries < wanted * 6; tries++) {
    let x = rng() * total;
    const name = NAMES.find((k) => (x -= WEIGHTS[k] ?? 1) < 0) ?? NAMES[0];
    let said = null;
    try {
      said = MUTATIONS[name](book, rng);
    } catch (error) {
      said = null;
      if (process.env.FUZZ_DEBUG) process.stderr.write(`${base} ${name}: ${error.stack}\n`);
    }
    if (said) mutations.push(`${name}: ${said}`);
  }
  const extra = rng.pick([['validate', '--format', 'text'], ['validate', '--format', 'text', '--lang', 'en'], ['export'], ['validate', '--format', 'json', '--lang', 'en']]);
  try {
    return { base, bytes: book.bytes(), mutations, extra };
  } catch (error) {
    // A part the mutations made too long for one string (RangeError): the case is skipped, not the run.
    if (process.env.FUZZ_DEBUG) process.stderr.write(`${base}: ${error.stack}\n`);
    return { base, bytes: null, mutations: ['(too large for the harness to write back)'] };
  }
}

/**
 * The corpus: the names of its workbooks, each unzipped on demand (parts over 40 MB — zip bombs — refused, by the
 * size their header declares and by the size they inflate to: a hostile book may declare less).
 */
function openCorpus(dir, maxKb) {
  const names = readdirSync(dir).filter((f) => f.endsWith('.xlsx') && statSync(join(dir, f)).size <= maxKb * 1024).sort();
  return {
    names,
    load(name) {
      try {
        let big = false;
        const files = unzipSync(readFileSync(join(dir, name)), {
          filter: (f) => {
            if (f.originalSize > 40 * 1024 * 1024) big = true;
            return !big;
          },
        });
        return big || Object.values(files).some((bytes) => bytes.length > 40 * 1024 * 1024) ? null : files;
      } catch {
        return null;
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// The run.

function options(argv) {
  const o = { seed: undefined, count: Infinity, seconds: 600, out: 'fuzz-out', corpus: 'examples', case: undefined, timeout: 60_000, 'max-kb': 1200, bundles: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const key = a.slice(2);
      if (!(key in o) || key === 'bundles') throw new Error(`unknown option ${a}`);
      const v = argv[++i];
      o[key] = key === 'out' || key === 'corpus' ? v : Number(v);
      if (key !== 'out' && key !== 'corpus' && !Number.isFinite(o[key])) throw new Error(`${a}: a number, please`);
    } else o.bundles.push(a);
  }
  if (o.bundles.length !== 2) throw new Error('usage: node bench/fuzz-compare.js A.js B.js [--seed N] [--count N] [--seconds S] [--out DIR] [--corpus DIR] [--case I] [--timeout MS] [--max-kb KB]');
  o.seed ??= Date.now() % 1_000_000_007;
  return o;
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const shown = (r) => (r.timeout ? 'timeout' : r.crashed ? 'crashed' : `exit ${r.code}`);

/** The first line where two outputs part, with the line of each. */
function firstDifference(a, b) {
  const x = (a.stdout ?? '') + '\n--stderr--\n' + (a.stderr ?? '');
  const y = (b.stdout ?? '') + '\n--stderr--\n' + (b.stderr ?? '');
  const xs = x.split('\n');
  const ys = y.split('\n');
  for (let i = 0; i < Math.max(xs.length, ys.length); i++) if (xs[i] !== ys[i]) return { line: i + 1, a: (xs[i] ?? '(none)').slice(0, 300), b: (ys[i] ?? '(none)').slice(0, 300) };
  return { line: 0, a: shown(a), b: shown(b) };
}

async function main() {
  const o = options(process.argv.slice(2));
  const corpus = openCorpus(o.corpus, o['max-kb']);
  if (!corpus.names.length) throw new Error(`${o.corpus}: no .xlsx workbooks`);
  mkdirSync(o.out, { recursive: true });
  const work = join(o.out, `work-${process.pid}`);
  mkdirSync(work, { recursive: true });
  const [a, b] = o.bundles.map((bundle) => new Build(bundle, o.timeout));
  const started = Date.now();
  const stats = { seed: o.seed, a: o.bundles[0], b: o.bundles[1], corpus: o.corpus, cases: 0, runs: 0, skipped: 0, differ: [], mutationsUsed: {}, exitCodes: {}, msA: 0, msB: 0 };
  const first = o.case ?? 0;
  const last = o.case !== undefined ? o.case + 1 : first + o.count;
  const replay = (i) => `node bench/fuzz-compare.js ${o.bundles.join(' ')} --corpus ${o.corpus} --seed ${o.seed} --case ${i} --out ${o.out}`;
  try {
    for (let i = first; i < last && (o.case !== undefined || Date.now() - started < o.seconds * 1000); i++) {
      const made = makeCase(corpus, o.seed, i);
      if (!made.bytes) {
        stats.skipped++;
        continue;
      }
      for (const m of made.mutations) stats.mutationsUsed[m.split(':')[0]] = (stats.mutationsUsed[m.split(':')[0]] ?? 0) + 1;
      const name = `case-${o.seed}-${i}.xlsx`;
      const file = join(work, name);
      writeFileSync(file, made.bytes);
      if (o.case !== undefined) {
        writeFileSync(join(o.out, name), made.bytes);
        process.stdout.write(`case ${i} of seed ${o.seed}: ${made.base}\n  ${made.mutations.join('\n  ')}\n  extra run: ${made.extra.join(' ')}\n  workbook: ${join(o.out, name)}\n`);
      }
      const differences = [];
      const commands = [['validate', file, '--format', 'json'], [made.extra[0], file, ...made.extra.slice(1)]];
      for (const args of commands) {
        const [ra, rb] = await Promise.all([a.run(args), b.run(args)]);
        stats.runs++;
        if (args === commands[0]) stats.exitCodes[shown(ra)] = (stats.exitCodes[shown(ra)] ?? 0) + 1;
        stats.msA += ra.ms ?? 0;
        stats.msB += rb.ms ?? 0;
        const key = (r) => (r.timeout || r.crashed ? shown(r) : { code: r.code, stdout: r.stdout, stderr: r.stderr });
        if (!same(key(ra), key(rb))) differences.push({ command: ['sverka', ...args.map((x) => (x === file ? name : x))].join(' '), exit: [shown(ra), shown(rb)], first: firstDifference(ra, rb), a: key(ra), b: key(rb) });
      }
      stats.cases++;
      if (differences.length) {
        writeFileSync(join(o.out, name), made.bytes);
        const record = { case: i, seed: o.seed, base: made.base, mutations: made.mutations, workbook: join(o.out, name), replay: replay(i), differences };
        writeFileSync(join(o.out, `case-${o.seed}-${i}.json`), JSON.stringify(record, null, 1));
        stats.differ.push({ case: i, base: made.base, mutations: made.mutations, commands: differences.map((d) => d.command), first: differences[0].first, replay: replay(i) });
        process.stdout.write(`DIFFER case ${i} (${made.base}): ${differences.map((d) => `${d.command} [${d.exit.join(' / ')}]`).join('; ')}\n  ${made.mutations.join('\n  ')}\n  line ${differences[0].first.line}: A ${JSON.stringify(differences[0].first.a)}\n           B ${JSON.stringify(differences[0].first.b)}\n  replay: ${replay(i)}\n`);
      } else if (o.case !== undefined) process.stdout.write('  same output from both builds\n');
      rmSync(file, { force: true });
      if (stats.cases % 100 === 0) process.stdout.write(`${stats.cases} workbooks, ${stats.differ.length} differ, ${Math.round((Date.now() - started) / 1000)} s\n`);
    }
  } finally {
    a.stop();
    b.stop();
    rmSync(work, { recursive: true, force: true });
  }
  stats.seconds = Math.round((Date.now() - started) / 1000);
  stats.msA = Math.round(stats.msA);
  stats.msB = Math.round(stats.msB);
  if (o.case === undefined) writeFileSync(join(o.out, `summary-${o.seed}.json`), JSON.stringify(stats, null, 1));
  process.stdout.write(`seed ${o.seed}: ${stats.cases} workbooks (${stats.runs} runs of each build, ${stats.skipped} skipped) in ${stats.seconds} s, ${stats.differ.length} differ; validate of A: ${JSON.stringify(stats.exitCodes)}` +
    ` — run time A ${stats.msA} ms, B ${stats.msB} ms (${basename(o.bundles[0])} / ${basename(o.bundles[1])})\n`);
  process.exitCode = stats.differ.length ? 1 : 0;
}

if (process.argv[2] === '--child') child(process.argv[3]);
else
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  });
