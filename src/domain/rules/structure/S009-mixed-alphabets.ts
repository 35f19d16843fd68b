import { parseActivityTitle } from '../../activity-code';
import { indicatorRows } from '../../indicator-rows';
import type { Program } from '../../model/program';
import type { Place } from '../../messages/message-data';
import { paths, type Path } from '../../paths';
import { subprogramNumber } from '../../funding-rows';
import { sourceKeys } from '../../sources';
import { collapseSpaces } from '../../text/fold';
import { mayMixScripts, mixedScriptWords, respellMixedScript } from '../../text/mixed-script';
import { defineRule } from '../define-rule';

interface Text {
  text: string;
  /** Where it is: made only for a text that has a mixed word (most texts have none). */
  at(): { path: Path; place: Place };
  /** The text is the whole cell, so the respelled text can replace it. */
  wholeCell: boolean;
  /** A code that must be Latin and is I009's, not S009's (read only from a text with a mixed word). */
  code?: () => string | null;
}

export const mixedAlphabets = defineRule({
  meta: {
    id: 'S009',
    title: { ru: 'Латинские и русские буквы в одном слове', en: 'Latin and Cyrillic letters in one word' },
    description: {
      ru: 'Слово смешивает латинские и русские буквы («Cтупино» с латинской C, «OМСУ» с латинской O); исправление — слово в одном алфавите (большинства его букв). Коды мероприятий проверяет I009.',
      en: 'A word mixes Latin and Cyrillic look-alike letters; the fix spells it in the alphabet of most of its letters. Activity codes are I009\'s.',
    },
    messages: {
      mixedAlphabets: {
        data: { place: 'place', word: 'text', fixed: 'text', expected: 'text', actual: 'text' },
        ru: '{{place}}: в слове «{{word}}» смешаны латинские и русские буквы; правильно «{{fixed}}»',
        en: '{{place}}: the word "{{word}}" mixes Latin and Cyrillic letters; should be "{{fixed}}"',
      },
      mixedAlphabetsNoFix: {
        data: { place: 'place', word: 'text', actual: 'text' },
        ru: '{{place}}: в слове «{{word}}» смешаны латинские и русские буквы',
        en: '{{place}}: the word "{{word}}" mixes Latin and Cyrillic letters',
      },
    },
    fixable: true,
  },
  check(ctx) {
    for (const t of textsOf(ctx.program)) {
      const mixed = mixedScriptWords(t.text);
      if (mixed.length === 0) continue;
      const code = t.code ? t.code() : undefined;
      const words = mixed.filter((w) => w.word !== code);
      if (words.length === 0) continue;
      const { path, place } = t.at();
      const fixedText = respellMixedScript(t.text);
      const all = words.every((w) => w.fixed !== null);
      // Several words are listed as the template quotes one: «a», «b».
      const word = words.map((w) => w.word).join('», «');
      const actual = words.map((w) => w.word).join(', ');
      if (all) {
        ctx.report({
          messageId: 'mixedAlphabets',
          path,
          data: { place, word, fixed: words.map((w) => w.fixed ?? w.word).join('», «'), expected: words.map((w) => w.fixed).join(', '), actual },
          fix: fixedText !== null && t.wholeCell ? { kind: 'text', value: fixedText } : null,
        });
      } else {
        ctx.report({ messageId: 'mixedAlphabetsNoFix', path, data: { place, word, actual } });
      }
    }
  },
});

/**
 * Every text of the program that a person typed, with where it is — of those that may mix alphabets (a Latin and
 * a Cyrillic letter somewhere in them): the others, nearly all, are passed over with nothing made for them.
 */
function textsOf(program: Program): Text[] {
  const texts: Text[] = [];
  const { passport, funding, indicators } = program;
  if (passport) {
    if (passport.periodText && mayMixScripts(passport.periodText)) {
      texts.push({ text: passport.periodText, at: () => ({ path: paths.passportPeriod, place: { kind: 'passportPeriod' } }), wholeCell: true });
    }
    passport.subprograms.forEach((s, i) => {
      if (mayMixScripts(s)) texts.push({ text: s, at: () => ({ path: paths.passportSubprogram(i), place: { kind: 'passportSubprograms' } }), wholeCell: false });
    });
    passport.fields.forEach((f, i) => {
      if (mayMixScripts(f.value)) texts.push({ text: f.value, at: () => ({ path: paths.passportField(i), place: { kind: 'passportField', label: collapseSpaces(f.label) } }), wholeCell: true });
    });
    const sources = passport.funding?.sources ?? [];
    sources.forEach((s, i) => {
      if (!mayMixScripts(s.name)) return;
      const key = () => sourceKeys(sources.map((x) => x.name))[i];
      texts.push({ text: s.name, at: () => ({ path: paths.passportSource(key()), place: { kind: 'passportFunding' } }), wholeCell: passport.funding?.form === 'table' });
    });
  }
  if (funding) {
    funding.subprograms.forEach((sp, sub) => {
      const number = () => subprogramNumber(sp.title, sub);
      if (mayMixScripts(sp.title)) {
        texts.push({ text: sp.title, at: () => ({ path: paths.fundingSubprogram(sub), place: { kind: 'subprogram', table: 'funding', sub: number() } }), wholeCell: true });
      }
      sp.sources.forEach((s, i) => {
        if (!mayMixScripts(s.source)) return;
        const key = () => sourceKeys(sp.sources.map((x) => x.source))[i];
        texts.push({ text: s.source, at: () => ({ path: paths.fundingSource(sub, key()), place: { kind: 'sourceRow', sub: number(), source: collapseSpaces(s.source) } }), wholeCell: true });
      });
    });
    funding.totalBySource.forEach((s, i) => {
      if (!mayMixScripts(s.source)) return;
      const key = () => sourceKeys(funding.totalBySource.map((x) => x.source))[i];
      texts.push({ text: s.source, at: () => ({ path: paths.fundingBySource(key()), place: { kind: 'bySourceBlock' } }), wholeCell: true });
    });
  }
  if (indicators) {
    indicators.subprograms.forEach((sp, sub) => {
      if (mayMixScripts(sp.title)) {
        texts.push({ text: sp.title, at: () => ({ path: paths.indicatorSubprogram(sub), place: { kind: 'subprogram', table: 'indicators', sub: subprogramNumber(sp.title, sub) } }), wholeCell: true });
      }
      sp.activities.forEach((a, act) => {
        if (!mayMixScripts(a.title)) return;
        const code = (): string | null => parseActivityTitle(a.title).code;
        texts.push({ text: a.title, at: () => ({ path: paths.activityField(sub, act, 'title'), place: { kind: 'activity', number: collapseSpaces(a.number) } }), wholeCell: true, code });
      });
    });
    for (const r of indicatorRows(indicators)) {
      const { name, unit, type } = r.indicator;
      if (mayMixScripts(name)) texts.push({ text: name, at: () => ({ path: paths.indicatorField(r.sub, r.act, r.ind, 'name'), place: r.place() }), wholeCell: true });
      if (mayMixScripts(unit)) texts.push({ text: unit, at: () => ({ path: paths.indicatorField(r.sub, r.act, r.ind, 'unit'), place: r.place('unit') }), wholeCell: true });
      if (mayMixScripts(type)) texts.push({ text: type, at: () => ({ path: paths.indicatorField(r.sub, r.act, r.ind, 'type'), place: r.place('type') }), wholeCell: true });
    }
  }
  return texts;
}
