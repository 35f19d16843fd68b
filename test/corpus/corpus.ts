// Every fragment of the corpus (one file each in fragments/).
import type { CorpusFragment } from './fragment';
import accessForDisabled20102012 from './fragments/access-for-disabled-2010-2012';
import aleksandrovDistrict20192021Paragraph from './fragments/aleksandrov-district-2019-2021-paragraph';
import amurRegionTransportIndicators20142025 from './fragments/amur-region-transport-indicators-2014-2025';
import arkhangelskRegionPassportRow20132018 from './fragments/arkhangelsk-region-passport-row-2013-2018';
import belgorodRegionEducation20212025 from './fragments/belgorod-region-education-2021-2025';
import chuchkovoDistrict20142026Rubles from './fragments/chuchkovo-district-2014-2026-rubles';
import cityKrai20202022SourcesInBrackets from './fragments/city-krai-2020-2022-sources-in-brackets';
import gusKhrustalny2024MillionRubles from './fragments/gus-khrustalny-2024-million-rubles';
import jewishAoForestry20152020Directions from './fragments/jewish-ao-forestry-2015-2020-directions';
import kalugaCityWaterIndicators20202025 from './fragments/kaluga-city-water-indicators-2020-2025';
import kalugaRegionRoads20192024 from './fragments/kaluga-region-roads-2019-2024';
import kalugaRegionRoadsSubprogram20192024 from './fragments/kaluga-region-roads-subprogram-2019-2024';
import kanash20152020Paragraph from './fragments/kanash-2015-2020-paragraph';
import kostromaRegionVcp20232024YearSentences from './fragments/kostroma-region-vcp-2023-2024-year-sentences';
import manturovo20162018SingleSourceParagraph from './fragments/manturovo-2016-2018-single-source-paragraph';
import manturovo20162018YearsAsRows from './fragments/manturovo-2016-2018-years-as-rows';
import moscowRegion20132015VsegoLines from './fragments/moscow-region-2013-2015-vsego-lines';
import noyabrskYouthPolicyIndicators20142025 from './fragments/noyabrsk-youth-policy-indicators-2014-2025';
import oblast19992000PlainTextTable from './fragments/oblast-1999-2000-plain-text-table';
import oblast20062008Stages from './fragments/oblast-2006-2008-stages';
import oblast20092015YearsWithoutGod from './fragments/oblast-2009-2015-years-without-god';
import oblast20142020YearsInline from './fragments/oblast-2014-2020-years-inline';
import oblast20142021TwoSources from './fragments/oblast-2014-2021-two-sources';
import oblastFederalAndRegionalSources from './fragments/oblast-federal-and-regional-sources';
import oblastSubsidyResult20212025DotDecimals from './fragments/oblast-subsidy-result-2021-2025-dot-decimals';
import omskCity20092013TwoDecimals from './fragments/omsk-city-2009-2013-two-decimals';
import orenburgCity20152020SourcesCut from './fragments/orenburg-city-2015-2020-sources-cut';
import poretskyDistrict20192035StagesZero from './fragments/poretsky-district-2019-2035-stages-zero';
import republicSubprogram20172022ThreeDecimals from './fragments/republic-subprogram-2017-2022-three-decimals';
import saratovCity20142016DoesNotAddUp from './fragments/saratov-city-2014-2016-does-not-add-up';
import sergokalaDistrict20192021SingleSource from './fragments/sergokala-district-2019-2021-single-source';
import stavropolKrai20102012AmendmentNotes from './fragments/stavropol-krai-2010-2012-amendment-notes';
import subprogram20012003NoTotalColumn from './fragments/subprogram-2001-2003-no-total-column';
import subprogram20152017TotalLastWithParagraph from './fragments/subprogram-2015-2017-total-last-with-paragraph';
import sverdlovskRegionSocialIndicators20172024 from './fragments/sverdlovsk-region-social-indicators-2017-2024';
import tambovRegionEconomyIndicators20122024 from './fragments/tambov-region-economy-indicators-2012-2024';
import udmurtiaRuralRoadsIndicators20082013 from './fragments/udmurtia-rural-roads-indicators-2008-2013';
import vologdaRegionWasteIndicators20212025 from './fragments/vologda-region-waste-indicators-2021-2025';
import vurnaryDistrictSubprogram20182022 from './fragments/vurnary-district-subprogram-2018-2022';
import yaroslavlVcpEducation20192021 from './fragments/yaroslavl-vcp-education-2019-2021';
import zheleznogorskEducationIndicators20172021 from './fragments/zheleznogorsk-education-indicators-2017-2021';

export const CORPUS: readonly CorpusFragment[] = [
  accessForDisabled20102012,
  aleksandrovDistrict20192021Paragraph,
  amurRegionTransportIndicators20142025,
  arkhangelskRegionPassportRow20132018,
  belgorodRegionEducation20212025,
  chuchkovoDistrict20142026Rubles,
  cityKrai20202022SourcesInBrackets,
  gusKhrustalny2024MillionRubles,
  jewishAoForestry20152020Directions,
  kalugaCityWaterIndicators20202025,
  kalugaRegionRoads20192024,
  kalugaRegionRoadsSubprogram20192024,
  kanash20152020Paragraph,
  kostromaRegionVcp20232024YearSentences,
  manturovo20162018SingleSourceParagraph,
  manturovo20162018YearsAsRows,
  moscowRegion20132015VsegoLines,
  noyabrskYouthPolicyIndicators20142025,
  oblast19992000PlainTextTable,
  oblast20062008Stages,
  oblast20092015YearsWithoutGod,
  oblast20142020YearsInline,
  oblast20142021TwoSources,
  oblastFederalAndRegionalSources,
  oblastSubsidyResult20212025DotDecimals,
  omskCity20092013TwoDecimals,
  orenburgCity20152020SourcesCut,
  poretskyDistrict20192035StagesZero,
  republicSubprogram20172022ThreeDecimals,
  saratovCity20142016DoesNotAddUp,
  sergokalaDistrict20192021SingleSource,
  stavropolKrai20102012AmendmentNotes,
  subprogram20012003NoTotalColumn,
  subprogram20152017TotalLastWithParagraph,
  sverdlovskRegionSocialIndicators20172024,
  tambovRegionEconomyIndicators20122024,
  udmurtiaRuralRoadsIndicators20082013,
  vologdaRegionWasteIndicators20212025,
  vurnaryDistrictSubprogram20182022,
  yaroslavlVcpEducation20192021,
  zheleznogorskEducationIndicators20172021,
];
