/**
 * Standard reference data (ISO 3166 codes, EU and NATO membership, UN region), so the
 * map and the country pages work on synthetic data. What these countries pledge in the
 * synthetic database is generated; `weight` only makes larger contributors more likely.
 */
export type CountryRef = {
  code: string;
  alpha3: string;
  numeric: string;
  name: string;
  euMember: boolean;
  natoMember: boolean;
  region: string;
};

const N = "Northern Europe";
const W = "Western Europe";
const S = "Southern Europe";
const E = "Eastern Europe";

// code, alpha3, numeric, name, EU, NATO, region, weight
const ROWS: [string, string, string, string, boolean, boolean, string, number][] = [
  ["AL", "ALB", "008", "Albania", false, true, S, 1],
  ["AT", "AUT", "040", "Austria", true, false, W, 2],
  ["BA", "BIH", "070", "Bosnia and Herzegovina", false, false, S, 1],
  ["BE", "BEL", "056", "Belgium", true, true, W, 3],
  ["BG", "BGR", "100", "Bulgaria", true, true, E, 2],
  ["CH", "CHE", "756", "Switzerland", false, false, W, 1],
  ["CY", "CYP", "196", "Cyprus", true, false, S, 1],
  ["CZ", "CZE", "203", "Czechia", true, true, E, 3],
  ["DE", "DEU", "276", "Germany", true, true, W, 9],
  ["DK", "DNK", "208", "Denmark", true, true, N, 4],
  ["EE", "EST", "233", "Estonia", true, true, N, 3],
  ["ES", "ESP", "724", "Spain", true, true, S, 5],
  ["FI", "FIN", "246", "Finland", true, true, N, 4],
  ["FR", "FRA", "250", "France", true, true, W, 10],
  ["GB", "GBR", "826", "United Kingdom", false, true, N, 10],
  ["GE", "GEO", "268", "Georgia", false, false, "Western Asia", 1],
  ["GR", "GRC", "300", "Greece", true, true, S, 2],
  ["HR", "HRV", "191", "Croatia", true, true, S, 2],
  ["HU", "HUN", "348", "Hungary", true, true, E, 1],
  ["IE", "IRL", "372", "Ireland", true, false, N, 2],
  ["IS", "ISL", "352", "Iceland", false, true, N, 1],
  ["IT", "ITA", "380", "Italy", true, true, S, 6],
  ["LT", "LTU", "440", "Lithuania", true, true, N, 3],
  ["LU", "LUX", "442", "Luxembourg", true, true, W, 1],
  ["LV", "LVA", "428", "Latvia", true, true, N, 3],
  ["MD", "MDA", "498", "Moldova", false, false, E, 1],
  ["ME", "MNE", "499", "Montenegro", false, true, S, 1],
  ["MK", "MKD", "807", "North Macedonia", false, true, S, 1],
  ["MT", "MLT", "470", "Malta", true, false, S, 1],
  ["NL", "NLD", "528", "Netherlands", true, true, W, 6],
  ["NO", "NOR", "578", "Norway", false, true, N, 5],
  ["PL", "POL", "616", "Poland", true, true, E, 7],
  ["PT", "PRT", "620", "Portugal", true, true, S, 3],
  ["RO", "ROU", "642", "Romania", true, true, E, 4],
  ["RS", "SRB", "688", "Serbia", false, false, S, 0],
  ["SE", "SWE", "752", "Sweden", true, true, N, 5],
  ["SI", "SVN", "705", "Slovenia", true, true, S, 1],
  ["SK", "SVK", "703", "Slovakia", true, true, E, 2],
  ["TR", "TUR", "792", "Türkiye", false, true, "Western Asia", 4],
  ["UA", "UKR", "804", "Ukraine", false, false, E, 0],
  ["RU", "RUS", "643", "Russia", false, false, E, 0],
  ["US", "USA", "840", "United States", false, true, "North America", 3],
  ["CA", "CAN", "124", "Canada", false, true, "North America", 5],
  ["AU", "AUS", "036", "Australia", false, false, "Oceania", 3],
  ["NZ", "NZL", "554", "New Zealand", false, false, "Oceania", 1],
  ["JP", "JPN", "392", "Japan", false, false, "Eastern Asia", 3],
];

export const COUNTRIES: CountryRef[] = ROWS.map(
  ([code, alpha3, numeric, name, euMember, natoMember, region]) => ({
    code,
    alpha3,
    numeric,
    name,
    euMember,
    natoMember,
    region,
  }),
);

/** How likely a country is to be the one behind a pledge, relative to the others. */
export const WEIGHTS = new Map(ROWS.map((r) => [r[0], r[7]]));
