// A generated program of the benchmark's size: `subprograms` blocks in Приложение 1 (three sources each)
// and in Приложение 2 (activities of five indicators), laid out as in the worked example.
import type { CellSpec, GridSpec } from '../../fixtures/grid-builder';

const YEARS = ['2020 год', '2021 год', '2022 год', '2023 год', '2024 год'];
const SOURCES = ['Бюджет городского округа Ступино', 'Бюджет Московской области', 'Внебюджетные источники'];

export function largeFunding(subprograms: number): GridSpec {
  const rows: CellSpec[][] = [
    ['Приложение №1'],
    ['Наименование подпрограммы', 'Источник финансирования', 'Общий объем финансовых ресурсов, тыс. руб.', 'в том числе по годам реализации муниципальной программы, тыс. руб.:'],
    [null, null, null, ...YEARS],
  ];
  for (let s = 0; s < subprograms; s++) {
    SOURCES.forEach((source, j) => rows.push([j === 0 ? `Подпрограмма ${s + 1} «Подпрограмма номер ${s + 1}»` : null, source, '5 000,0', '1 000,0', '1 000,0', '1 000,0', '1 000,0', '1 000,0']));
    rows.push([`Всего по подпрограмме ${s + 1}`, null, '15 000,0', '3 000,0', '3 000,0', '3 000,0', '3 000,0', '3 000,0']);
  }
  rows.push(['ИТОГО по муниципальной программе', null, '1', '1', '1', '1', '1', '1']);
  return { name: 'Лист2', rows, merges: ['D2:H2'] };
}

export function largeIndicators(subprograms: number, indicatorsPerSubprogram: number): GridSpec {
  const rows: CellSpec[][] = [
    ['№ п/п', 'Основные мероприятия', 'Количественные и/или качественные целевые показатели', 'Единица измерения', 'Тип показателя', 'Базовое значение показателя', 'Планируемое значение показателя по годам реализации муниципальной программы'],
    [null, null, null, null, null, null, ...YEARS],
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'],
  ];
  const merges = ['G1:K1'];
  for (let s = 0; s < subprograms; s++) {
    rows.push([`${s + 1}.`, `Подпрограмма ${s + 1} «Подпрограмма номер ${s + 1}»`]);
    merges.push(`B${rows.length}:K${rows.length}`);
    for (let k = 0; k < indicatorsPerSubprogram; k++) {
      const a = Math.floor(k / 5);
      const first = k % 5 === 0;
      rows.push([first ? `${s + 1}.${a + 1}.` : null, first ? `Основное мероприятие 0${(a % 9) + 1}. Мероприятие ${a + 1}` : null, `Показатель ${k + 1} подпрограммы ${s + 1}`, '%', 'Приоритетный целевой', '50,5', 'не менее 60', '65', '70', '75', '80']);
    }
  }
  return { name: 'Лист3', rows, merges };
}
