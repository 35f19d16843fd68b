import { paths } from '../../../../src/domain/paths';
import { passportSums } from '../../../../src/domain/rules/passport/P006-passport-sums';
import { buildProgram, edit } from '../../../fixtures/program-builder';
import { ruleTester } from '../../rule-tester';

const program = buildProgram();
const y2020 = { from: 2020, to: 2020 };

ruleTester.run(passportSums, {
  valid: [
    { name: 'the passport adds up', program },
    { name: '"Федеральный бюджет: всего 0" without years', program: edit(program, (p) => { p.passport!.funding!.sources.push({ name: 'Федеральный бюджет', total: '0', years: [] }); }) },
    {
      name: 'every source gives its "всего" without its years: the years are not compared with the sources',
      program: edit(program, (p) => { for (const s of p.passport!.funding!.sources) s.years = []; }),
    },
    {
      name: 'one source gives its "всего" without its years, the others give theirs',
      program: edit(program, (p) => { p.passport!.funding!.sources[1].years = []; }),
    },
  ],
  invalid: [
    {
      name: 'the worked example: a source\'s "всего" differs from its years; the sources-against-total check stays silent',
      program: edit(program, (p) => { p.passport!.funding!.sources[0].total = '271560.1'; }),
      errors: [{ messageId: 'sourceTotal', path: paths.passportSourceCell('municipal', 'total') , data: { expected: '271559.8', actual: '271560.1' }, message: { ru: 'Паспорт, Бюджет городского округа Ступино Московской области: всего 271 560,1 тыс. руб., а сумма по годам 271 559,8', en: 'Passport, source "Бюджет городского округа Ступино Московской области": total 271 560,1 thousand rubles, the years add up to 271 559,8' } }],
    },
    {
      name: 'every source adds up, but the sources do not give "Всего" and the 2020 amount',
      program: edit(program, (p) => {
        const s = p.passport!.funding!.sources[2];
        s.total = '533.8';
        s.years[0].amount = '155.8';
      }),
      errors: [
        { messageId: 'sourcesTotal', path: paths.passportFundingTotal , data: { expected: '273660.6', actual: '273659.6' }, message: { ru: 'Паспорт, источники финансирования, всего: сумма источников 273 660,6 тыс. руб., а указано 273 659,6', en: 'Passport, funding, total: the sources add up to 273 660,6 thousand rubles, the passport says 273 659,6' } },
        { messageId: 'sourcesTotal', path: paths.passportFundingYear(y2020) , data: { expected: '99823.7', actual: '99822.7' }},
      ],
    },
    {
      name: 'sources given by "всего" only still add up to "Всего": a source\'s changed "всего" is found',
      program: edit(program, (p) => {
        for (const s of p.passport!.funding!.sources) s.years = [];
        p.passport!.funding!.sources[2].total = '533.8';
      }),
      errors: [{ messageId: 'sourcesTotal', path: paths.passportFundingTotal , data: { expected: '273660.6', actual: '273659.6' }}],
    },
    {
      name: 'a source "всего 0" without years counts as zero every year: a wrong year amount is still found',
      program: edit(program, (p) => {
        p.passport!.funding!.sources.push({ name: 'Федеральный бюджет', total: '0', years: [] });
        const f = p.passport!.funding!;
        f.years[0].amount = '99823.7';
        f.total = '273660.6';
      }),
      errors: [{ messageId: 'sourcesTotal', path: paths.passportFundingTotal , data: { expected: '273659.6', actual: '273660.6' }}, { messageId: 'sourcesTotal', path: paths.passportFundingYear(y2020) , data: { expected: '99822.7', actual: '99823.7' }}],
    },
    {
      name: 'a source\'s year amount that both its "всего" and the year\'s total disagree with: one finding, at that amount',
      program: edit(program, (p) => { p.passport!.funding!.sources[2].years[0].amount = '155.8'; }),
      errors: [{
        messageId: 'amount', path: paths.passportSourceCell('extrabudgetary', y2020), data: { expected: '154.8', actual: '155.8' },
        affects: [paths.passportSourceCell('extrabudgetary', 'total'), paths.passportFundingYear(y2020)],
        message: {
          ru: 'Паспорт, Внебюджетные источники, 2020 год: 155,8 тыс. руб., а итоги паспорта, в которые входит эта сумма, дают 154,8',
          en: 'Passport, source "Внебюджетные источники", 2020: 155,8 thousand rubles, while the passport totals it is part of give 154,8',
        },
      }],
    },
    {
      name: '"Всего" differs from the sum of the years: one finding for the cell',
      program: edit(program, (p) => { p.passport!.funding!.total = '273659.7'; }),
      errors: [{ messageId: 'yearsTotal', path: paths.passportFundingTotal , data: { expected: '273659.6', actual: '273659.7' }, message: { ru: 'Паспорт, источники финансирования: всего 273 659,7 тыс. руб., а сумма по годам 273 659,6', en: 'Passport, funding: total 273 659,7 thousand rubles, the years add up to 273 659,6' } }],
    },
    {
      name: 'a stage ("I этап (2020–2021 годы)") whose amount is not the sum of its years',
      program: edit(program, (p) => {
        p.passport!.funding!.sources[0].stages = [{ label: 'I этап (2020–2021 годы)', amount: '196316.6', years: [{ from: 2020, to: 2020 }, { from: 2021, to: 2021 }] }];
      }),
      errors: [
        {
          messageId: 'stageTotal',
          path: paths.passportSourceStage('municipal', 0),
          data: { stage: { kind: 'passportStage', source: 'Бюджет городского округа Ступино Московской области', stage: 'I этап (2020–2021 годы)' }, expected: '196316.5', actual: '196316.6', unit: 'тыс. руб.' },
          message: {
            ru: 'Паспорт, Бюджет городского округа Ступино Московской области, «I этап (2020–2021 годы)»: 196 316,6 тыс. руб., а сумма его лет 196 316,5',
            en: 'Passport, source "Бюджет городского округа Ступино Московской области", "I этап (2020–2021 годы)": 196 316,6 thousand rubles, its years add up to 196 316,5',
          },
        },
      ],
    },
    {
      name: 'a paragraph in млн руб. says its unit',
      program: edit(program, (p) => {
        const f = p.passport!.funding!;
        f.unit = 'млн руб.';
        f.total = '273.661';
        f.years = f.years.map((y, i) => ({ ...y, amount: ['99.823', '98.398', '75.439'][i] }));
        f.sources = [];
      }),
      errors: [
        {
          messageId: 'yearsTotal',
          path: paths.passportFundingTotal,
          data: { expected: '273.660', actual: '273.661', unit: 'млн руб.' },
          message: { ru: 'Паспорт, источники финансирования: всего 273,661 млн руб., а сумма по годам 273,660', en: 'Passport, funding: total 273,661 million rubles, the years add up to 273,660' },
        },
      ],
    },
  ],
});
