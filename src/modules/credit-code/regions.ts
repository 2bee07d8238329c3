import { DIVISION_NAMES } from './division-names.data.js';

/**
 * Names of GB/T 2260 divisions, current and historic (the tables of `division-names.data.ts`,
 * built from data packages by `npm run divisions:emit`). Server side only: the public site checks
 * codes with the code sets of `divisions.ts` and gets names from the API.
 */
let names: Map<string, string> | undefined;

function nameOf(code: string): string | undefined {
  if (names === undefined) {
    names = new Map();
    for (const line of DIVISION_NAMES.split('\n')) {
      names.set(line.slice(0, 6), line.slice(7));
    }
  }
  return names.get(code);
}

/**
 * The prefecture-level placeholders of GB/T 2260 (the districts of a municipality, the counties
 * a province governs directly): not part of a place's name.
 */
const GROUPINGS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/**
 * The full name of a six-digit division code: province, prefecture and county
 * (`北京市海淀区`, `湖北省十堰市`, `海南省五指山市`), or undefined when the code is no
 * division. A historic code is named as it was last listed.
 */
export function regionName(code: string): string | undefined {
  const own = nameOf(code);
  if (own === undefined) {
    return undefined;
  }
  const provinceCode = `${code.slice(0, 2)}0000`;
  const prefectureCode = `${code.slice(0, 4)}00`;
  if (code === provinceCode) {
    return own;
  }
  const province = nameOf(provinceCode) ?? '';
  if (code === prefectureCode) {
    return province + own;
  }
  const prefecture = nameOf(prefectureCode);
  const middle = prefecture === undefined || GROUPINGS.has(prefecture) ? '' : prefecture;
  return province + middle + own;
}
