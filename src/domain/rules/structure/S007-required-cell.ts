import { fundingRows } from '../../funding-rows';
import { indicatorRows } from '../../indicator-rows';
import { paths } from '../../paths';
import { sourceKeys } from '../../sources';
import { collapseSpaces } from '../../text/fold';
import { defineRule } from '../define-rule';

export const requiredCell = defineRule({
  meta: {
    id: 'S007',
    title: { ru: 'Пустая обязательная ячейка', en: 'A required cell is empty' },
    description: {
      ru: 'Не заполнено наименование источника финансирования, наименование показателя или единица измерения.',
      en: 'A source name, an indicator name or a unit is empty.',
    },
    messages: {
      sourceNameEmpty: {
        data: { block: 'place' },
        ru: '{{block}}: не указан источник финансирования',
        en: '{{block}}: the funding source is empty',
      },
      passportSourceNameEmpty: {
        data: { position: 'integer' },
        ru: 'Паспорт, источники финансирования: у {{position}}-го источника нет наименования',
        en: 'Passport, funding sources: source no. {{position}} has no name',
      },
      indicatorNameEmpty: {
        data: { activity: 'place', position: 'integer' },
        ru: '{{activity}}: у {{position}}-го показателя нет наименования',
        en: '{{activity}}: indicator no. {{position}} has no name',
      },
      unitEmpty: {
        data: { indicator: 'place' },
        ru: '{{indicator}}: не указана единица измерения',
        en: '{{indicator}}: the unit is empty',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { program } = ctx;
    if (program.funding) {
      const rows = fundingRows(program.funding);
      for (let k = 0; k < rows.length; k++) {
        const row = rows[k];
        if ((row.kind === 'source' || row.kind === 'bySource') && row.row.source.trim() === '') {
          ctx.report({ messageId: 'sourceNameEmpty', path: row.path, data: { block: row.block } });
        }
      }
    }
    const sources = program.passport?.funding?.sources ?? [];
    const keys = sourceKeys(sources.map((s) => s.name));
    sources.forEach((s, i) => {
      if (s.name.trim() === '') ctx.report({ messageId: 'passportSourceNameEmpty', path: paths.passportSource(keys[i]), data: { position: i + 1 } });
    });
    if (program.indicators) {
      const rows = indicatorRows(program.indicators);
      for (let k = 0; k < rows.length; k++) {
        const r = rows[k];
        if (r.indicator.name.trim() === '') {
          ctx.report({ messageId: 'indicatorNameEmpty', path: paths.indicatorField(r.sub, r.act, r.ind, 'name'), data: { activity: { kind: 'activity', number: collapseSpaces(r.activity.number) || collapseSpaces(r.activity.title) }, position: r.ind + 1 } });
        }
        if (r.indicator.unit.trim() === '') {
          ctx.report({ messageId: 'unitEmpty', path: paths.indicatorField(r.sub, r.act, r.ind, 'unit'), data: { indicator: r.place() } });
        }
      }
    }
  },
});
