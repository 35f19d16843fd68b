// Published fragments whose document date could not be found (one file each in undated/). They are not part of
// the corpus and not counted in its figures; they are kept as reader regressions: each must still be read exactly
// as printed, with its published defects found and no false error.
import type { CorpusFragment } from './fragment';
import accessForDisabled20102012 from './undated/access-for-disabled-2010-2012';
import aleksandrovDistrict20192021Paragraph from './undated/aleksandrov-district-2019-2021-paragraph';
import cityKrai20202022SourcesInBrackets from './undated/city-krai-2020-2022-sources-in-brackets';
import gusKhrustalny2024MillionRubles from './undated/gus-khrustalny-2024-million-rubles';
import kostromaRegionVcp20232024YearSentences from './undated/kostroma-region-vcp-2023-2024-year-sentences';
import manturovo20162018SingleSourceParagraph from './undated/manturovo-2016-2018-single-source-paragraph';
import manturovo20162018YearsAsRows from './undated/manturovo-2016-2018-years-as-rows';
import moscowRegion20132015VsegoLines from './undated/moscow-region-2013-2015-vsego-lines';
import oblast19992000PlainTextTable from './undated/oblast-1999-2000-plain-text-table';
import oblast20062008Stages from './undated/oblast-2006-2008-stages';
import oblast20092015YearsWithoutGod from './undated/oblast-2009-2015-years-without-god';
import oblast20142020YearsInline from './undated/oblast-2014-2020-years-inline';
import oblast20142021TwoSources from './undated/oblast-2014-2021-two-sources';
import orenburgCity20152020SourcesCut from './undated/orenburg-city-2015-2020-sources-cut';
import poretskyDistrict20192035StagesZero from './undated/poretsky-district-2019-2035-stages-zero';
import republicSubprogram20172022ThreeDecimals from './undated/republic-subprogram-2017-2022-three-decimals';
import saratovCity20142016DoesNotAddUp from './undated/saratov-city-2014-2016-does-not-add-up';
import sergokalaDistrict20192021SingleSource from './undated/sergokala-district-2019-2021-single-source';
import subprogram20012003NoTotalColumn from './undated/subprogram-2001-2003-no-total-column';
import subprogram20152017TotalLastWithParagraph from './undated/subprogram-2015-2017-total-last-with-paragraph';
import udmurtiaRuralRoadsIndicators20082013 from './undated/udmurtia-rural-roads-indicators-2008-2013';
import vologdaRegionWasteIndicators20212025 from './undated/vologda-region-waste-indicators-2021-2025';
import vurnaryDistrictSubprogram20182022 from './undated/vurnary-district-subprogram-2018-2022';
import zheleznogorskEducationIndicators20172021 from './undated/zheleznogorsk-education-indicators-2017-2021';

export const UNDATED: readonly CorpusFragment[] = [
  accessForDisabled20102012,
  aleksandrovDistrict20192021Paragraph,
  cityKrai20202022SourcesInBrackets,
  gusKhrustalny2024MillionRubles,
  kostromaRegionVcp20232024YearSentences,
  manturovo20162018SingleSourceParagraph,
  manturovo20162018YearsAsRows,
  moscowRegion20132015VsegoLines,
  oblast19992000PlainTextTable,
  oblast20062008Stages,
  oblast20092015YearsWithoutGod,
  oblast20142020YearsInline,
  oblast20142021TwoSources,
  orenburgCity20152020SourcesCut,
  poretskyDistrict20192035StagesZero,
  republicSubprogram20172022ThreeDecimals,
  saratovCity20142016DoesNotAddUp,
  sergokalaDistrict20192021SingleSource,
  subprogram20012003NoTotalColumn,
  subprogram20152017TotalLastWithParagraph,
  udmurtiaRuralRoadsIndicators20082013,
  vologdaRegionWasteIndicators20212025,
  vurnaryDistrictSubprogram20182022,
  zheleznogorskEducationIndicators20172021,
];
