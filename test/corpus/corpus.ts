// Every fragment of the corpus (one file each in fragments/): each with its document's date and where it was seen.
import type { CorpusFragment } from './fragment';
import amurRegionTransportIndicators20142025 from './fragments/amur-region-transport-indicators-2014-2025';
import arkhangelskRegionPassportRow20132018 from './fragments/arkhangelsk-region-passport-row-2013-2018';
import belgorodRegionEducation20212025 from './fragments/belgorod-region-education-2021-2025';
import beyskyDistrict20142019PassportParagraph from './fragments/beysky-district-2014-2019-passport-paragraph';
import chuchkovoDistrict20142026Rubles from './fragments/chuchkovo-district-2014-2026-rubles';
import irkutskRegion20122015EditionNotes from './fragments/irkutsk-region-2012-2015-edition-notes';
import jewishAoForestry20152020Directions from './fragments/jewish-ao-forestry-2015-2020-directions';
import kalugaCityWaterIndicators20202025 from './fragments/kaluga-city-water-indicators-2020-2025';
import kalugaRegionRoads20192024 from './fragments/kaluga-region-roads-2019-2024';
import kalugaRegionRoadsSubprogram20192024 from './fragments/kaluga-region-roads-subprogram-2019-2024';
import kanash20152020Paragraph from './fragments/kanash-2015-2020-paragraph';
import noyabrskYouthPolicyIndicators20142025 from './fragments/noyabrsk-youth-policy-indicators-2014-2025';
import oblastFederalAndRegionalSources from './fragments/oblast-federal-and-regional-sources';
import oblastSubsidyResult20212025DotDecimals from './fragments/oblast-subsidy-result-2021-2025-dot-decimals';
import omskCity20092013TwoDecimals from './fragments/omsk-city-2009-2013-two-decimals';
import omskRegion2010OneYearSources from './fragments/omsk-region-2010-one-year-sources';
import rostovRegionRoads20102012PeriodTotal from './fragments/rostov-region-roads-2010-2012-period-total';
import saratovRegion20082012SourcesByYears from './fragments/saratov-region-2008-2012-sources-by-years';
import stavropolKrai20102012AmendmentNotes from './fragments/stavropol-krai-2010-2012-amendment-notes';
import sverdlovskRegionSocialIndicators20172024 from './fragments/sverdlovsk-region-social-indicators-2017-2024';
import tambovRegionEconomyIndicators20122024 from './fragments/tambov-region-economy-indicators-2012-2024';
import tambovRegionRoads2015PassportRow from './fragments/tambov-region-roads-2015-passport-row';
import udmurtiaChildren20092012PassportRow from './fragments/udmurtia-children-2009-2012-passport-row';
import ulyanovskRegion20082009YearsInline from './fragments/ulyanovsk-region-2008-2009-years-inline';
import vologdaRegionEnvironment2021PassportRow from './fragments/vologda-region-environment-2021-passport-row';
import yaroslavlVcpEducation20192021 from './fragments/yaroslavl-vcp-education-2019-2021';

export const CORPUS: readonly CorpusFragment[] = [
  amurRegionTransportIndicators20142025,
  arkhangelskRegionPassportRow20132018,
  belgorodRegionEducation20212025,
  beyskyDistrict20142019PassportParagraph,
  chuchkovoDistrict20142026Rubles,
  irkutskRegion20122015EditionNotes,
  jewishAoForestry20152020Directions,
  kalugaCityWaterIndicators20202025,
  kalugaRegionRoads20192024,
  kalugaRegionRoadsSubprogram20192024,
  kanash20152020Paragraph,
  noyabrskYouthPolicyIndicators20142025,
  oblastFederalAndRegionalSources,
  oblastSubsidyResult20212025DotDecimals,
  omskCity20092013TwoDecimals,
  omskRegion2010OneYearSources,
  rostovRegionRoads20102012PeriodTotal,
  saratovRegion20082012SourcesByYears,
  stavropolKrai20102012AmendmentNotes,
  sverdlovskRegionSocialIndicators20172024,
  tambovRegionEconomyIndicators20122024,
  tambovRegionRoads2015PassportRow,
  udmurtiaChildren20092012PassportRow,
  ulyanovskRegion20082009YearsInline,
  vologdaRegionEnvironment2021PassportRow,
  yaroslavlVcpEducation20192021,
];
