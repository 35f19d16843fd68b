import { fundingRows } from '../../funding-rows';
import { isDictionarySource, nearestDictionarySource } from '../../source-dictionary';
import { collapseSpaces } from '../../text/fold';
import { defineRule } from '../define-rule';
import { sourceCategory } from '../../sources';

export const unknownSource = defineRule({
  meta: {
    id: 'F006',
    title: { ru: 'Источник не из справочника', en: 'Source not in the dictionary' },
    description: {
      ru: 'Источник финансирования должен быть из справочника (Федеральный бюджет; Бюджет Московской области; Бюджет городского округа …; Внебюджетные источники); предлагается ближайший.',
      en: 'A funding source must be one of the dictionary; the nearest entry is suggested.',
    },
    messages: {
      unknownSource: {
        data: { block: 'place', source: 'text', nearest: 'text', actual: 'text', expected: 'text' },
        ru: '{{block}}: источника «{{source}}» нет в справочнике; возможно, «{{nearest}}»',
        en: '{{block}}: the source "{{source}}" is not in the dictionary; did you mean "{{nearest}}"?',
      },
    },
    fixable: false,
  },
  check(ctx) {
    const { funding } = ctx.program;
    if (!funding) return;
    for (const r of fundingRows(funding)) {
      if (r.kind !== 'source' && r.kind !== 'bySource') continue;
      const source = collapseSpaces(r.row.source);
      // An empty name is S007's; a budget of a known level ("Областной бюджет", "средства бюджета города") is a known source.
      if (source === '' || isDictionarySource(source, ctx.config.sources) || sourceCategory(source) !== null) continue;
      const nearest = nearestDictionarySource(source, ctx.config.sources) ?? '';
      ctx.report({ messageId: 'unknownSource', path: r.path, data: { block: r.block, source, nearest, actual: source, expected: nearest } });
    }
  },
});
