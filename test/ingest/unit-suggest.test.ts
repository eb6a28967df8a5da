import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/ingest-file';
import { buildUnitLookup } from '../../src/ingest/unit-lookup';
import { unitKey } from '../../src/ingest/unit-key';
import {
  CLEAR_MARGIN, CONFIDENT, confidentChoice, MIN_SCORE, partialMatch, prepareCandidates, suggestionTokens, suggestUnits,
  type UnitCandidate, type UnitSuggestion,
} from '../../src/ingest/unit-suggest';

describe('suggestionTokens', () => {
  it.each([
    ['Kanim Kls I Medan', ['kantor', 'imigrasi', 'kelas', 'i', 'medan']],
    ['LP Cipinang', ['lembaga', 'pemasyarakatan', 'cipinang']],
    ['Lapas Plg', ['lembaga', 'pemasyarakatan', 'plg']],
    ['Rutan Pondok Bambu', ['rumah', 'tahanan', 'negara', 'pondok', 'bambu']],
    ['Bapas Klas I Palembang', ['balai', 'pemasyarakatan', 'kelas', 'i', 'palembang']],
    ['LPKA Medan', ['lembaga', 'pembinaan', 'khusus', 'anak', 'medan']],
    ['Rupbasan Medan', ['rumah', 'penyimpanan', 'benda', 'sitaan', 'negara', 'medan']],
    ['Rudenim Medan', ['rumah', 'detensi', 'imigrasi', 'medan']],
    // `imigrasi` stands for the immigration office only as the first word
    ['Imigrasi Batam', ['kantor', 'imigrasi', 'batam']],
    ['Kantor Imigrasi Batam', ['kantor', 'imigrasi', 'batam']],
    ['Ditjen Imigrasi', ['direktorat', 'jenderal', 'imigrasi']],
    ['Rumah Detensi Imigrasi Medan', ['rumah', 'detensi', 'imigrasi', 'medan']],
    ['Lapas Lapas Medan', ['lembaga', 'pemasyarakatan', 'medan']], // each word once
    ['Itjen', ['inspektorat', 'jenderal']],
    // the ministry's own name says nothing about which of its units is meant
    ['Setjen Kemenkumham RI', ['sekretariat', 'jenderal']],
    ['Kanwil Kemenkumham Jawa Timur', ['kantor', 'wilayah', 'jawa', 'timur']],
    ['Kantor Wilayah Kementerian Hukum dan HAM Jawa Timur', ['kantor', 'wilayah', 'jawa', 'timur']],
    ['Kementerian Hukum dan Hak Asasi Manusia Republik Indonesia', []],
    ['Badan Strategi Kebijakan Hukum dan HAM', ['badan', 'strategi', 'kebijakan', 'hukum', 'dan', 'ham']],
    ['  Imigrasi  Bandara Soekarno-Hatta. ', ['kantor', 'imigrasi', 'bandara', 'soekarno', 'hatta']],
    ['', []],
  ])('%s', (value, tokens) => {
    expect(suggestionTokens(value)).toEqual(tokens);
  });
});

describe('partialMatch', () => {
  it('scores an abbreviation 0.5, +0.1 for the same last letter, +0.1 × its share of the word', () => {
    expect(partialMatch('plg', 'palembang')).toBeCloseTo(0.5 + 0.1 + 0.1 * 3 / 9, 12);
    expect(partialMatch('smg', 'semarang')).toBeCloseTo(0.5 + 0.1 + 0.1 * 3 / 8, 12);
    expect(partialMatch('jak', 'jakarta')).toBeCloseTo(0.5 + 0.1 * 3 / 7, 12); // a prefix
    expect(partialMatch('soetta', 'soekarnohatta')).toBeCloseTo(0.5 + 0.1 + 0.1 * 6 / 13, 12);
  });

  it('is 0 for short words, other first letters, letters out of order, or a longer word', () => {
    expect(partialMatch('ri', 'riau')).toBe(0); // fewer than 3 letters
    expect(partialMatch('lpg', 'palembang')).toBe(0); // first letters differ
    expect(partialMatch('pgl', 'palembang')).toBe(0); // g before l: not in order
    expect(partialMatch('medaeng', 'medan')).toBe(0);
    expect(partialMatch('medan', 'medan')).toBe(0); // the same word is an exact match, not a partial one
  });
});

describe('suggestUnits on a small registry (scores worked out by hand)', () => {
  const units: UnitCandidate[] = [
    { code: 'LAPAS-PLG-1', name: 'Lembaga Pemasyarakatan Kelas I Palembang', aliases: ['Lapas Palembang'] },
    { code: 'RUTAN-PLG-1', name: 'Rumah Tahanan Negara Kelas I Palembang', aliases: [] },
  ];
  // N = 2 units. Word weights ln(1 + N / (1 + units using it)):
  // lembaga, pemasyarakatan, rumah, tahanan, negara: ln 2; kelas, i, palembang: ln(5/3); unknown: ln 3.
  const [ln2, ln53, ln3] = [Math.log(2), Math.log(5 / 3), Math.log(3)];

  it('an exact alias scores 1; a unit sharing only the place stays under 0.35', () => {
    // Rutan name vs {lembaga, pemasyarakatan, palembang}: shares palembang only,
    // 2 ln(5/3) / ((2 ln2 + ln(5/3)) + (3 ln2 + 3 ln(5/3))) ≈ 0.185
    expect((2 * ln53) / (5 * ln2 + 4 * ln53)).toBeCloseTo(0.1855, 4);
    expect(suggestUnits('LAPAS palembang', units)).toEqual([
      { code: 'LAPAS-PLG-1', name: 'Lembaga Pemasyarakatan Kelas I Palembang', score: 1, confidence: 1 },
    ]);
  });

  it('an abbreviated place counts its partial match; units under 0.35 are left out', () => {
    // value {rumah, tahanan, negara, plg}, weight 3 ln2 + ln3.
    // Rutan name: 3 shared words (2 · 3 ln2) + plg~palembang at q = 0.6 + 0.1·3/9 on (ln3 + ln(5/3)).
    const q = 0.6 + 0.1 / 3;
    const rutan = (6 * ln2 + q * (ln3 + ln53)) / (3 * ln2 + ln3 + 3 * ln2 + 3 * ln53);
    expect(rutan).toBeCloseTo(0.7626, 4);
    // Lapas alias {lembaga, pemasyarakatan, palembang}: only plg~palembang, q (ln3 + ln(5/3)) / (3 ln2 + ln3 + 2 ln2 + ln(5/3)) ≈ 0.20
    // Confidence: that score times the share of the value's weight found in the name, plg counting q:
    // (3 ln2 + q ln3) / (3 ln2 + ln3) ≈ 0.873, so ≈ 0.666: shown, not selected.
    const coverage = (3 * ln2 + q * ln3) / (3 * ln2 + ln3);
    expect(rutan * coverage).toBeCloseTo(0.666, 3);
    expect(suggestUnits('Rutan Plg', units)).toEqual([
      { code: 'RUTAN-PLG-1', name: 'Rumah Tahanan Negara Kelas I Palembang', score: expect.closeTo(rutan, 12), confidence: expect.closeTo(rutan * coverage, 12) },
    ]);
  });

  it('gives nothing for a blank value or one sharing no word', () => {
    expect(suggestUnits('', units)).toEqual([]);
    expect(suggestUnits('Kemenkumham RI', units)).toEqual([]);
    expect(suggestUnits('Bawaslu Kota Bandung', units)).toEqual([]);
  });
});

// data/units.csv through the project's own ingest; rows in TABLES.units order:
// unit_code, unit_name, unit_type, kanwil_code, directorate_code, province, aliases, headcount, src_file, src_line
const registry = ingestBytes('units.csv', readFileSync('data/units.csv'));
const units: UnitCandidate[] = registry.rows.map((row) => ({
  code: row[0] ?? '',
  name: row[1] ?? '',
  aliases: (row[6] ?? '').split('|').filter((a) => a.trim() !== ''),
}));
const prepared = prepareCandidates(units);
const top = (value: string): string | undefined => suggestUnits(value, prepared)[0]?.code;

// The unmatched unit values of data/ (`npm run report -- data`, unmatched_units), most rows first.
const UNMATCHED = [
  'Ditjen Imigrasi', 'Setjen Kemenkumham RI', 'Sekretariat Jenderal Kemenkumham', 'Dirjen Pemasyarakatan', 'Lapas Plg',
  'LP Cipinang', 'Kanwil Kemenkumham Jawa Timur', 'Rutan Medaeng', 'Lapas Tanjung Gusta', 'Imigrasi Batam',
  'Lapas Sukamiskin Bandung', 'Kanim Kls I Medan', 'Kanwil Kemenkumham Jawa Barat', 'Kanwil Kemenkumham Sumatera Selatan',
  'Lapas Kedungpane', 'Imigrasi Bandara Soetta', 'Rutan Pondok Bambu Lama', 'Bapas Klas I Palembang',
];

describe('confidentChoice', () => {
  const s = (code: string, confidence: number): UnitSuggestion => ({ code, name: code, score: confidence, confidence });
  it('selects the first suggestion only from CONFIDENT on, and only when the next is CLEAR_MARGIN behind', () => {
    expect(CONFIDENT).toBe(0.8);
    expect(CLEAR_MARGIN).toBe(0.1);
    expect(confidentChoice([])).toBeNull();
    expect(confidentChoice([s('A', 0.8)])?.code).toBe('A');
    expect(confidentChoice([s('A', 0.79)])).toBeNull();
    expect(confidentChoice([s('A', 0.96), s('B', 0.85)])?.code).toBe('A');
    expect(confidentChoice([s('A', 0.95), s('B', 0.86)])).toBeNull(); // two units nearly as likely
  });
});

describe('suggestUnits on data/units.csv', () => {
  it('reads the whole registry', () => {
    expect(registry.problem).toBeNull();
    expect(units.length).toBe(715);
  });

  it('the values below are indeed unmatched by the registry', () => {
    const lookup = new Map(buildUnitLookup(registry.rows));
    expect(UNMATCHED.filter((v) => lookup.has(unitKey(v)))).toEqual([]);
  });

  // Values whose unit a reader agrees on from the value and the registry alone.
  it.each([
    ['Ditjen Imigrasi', 'DITJENIM'],
    ['Setjen Kemenkumham RI', 'SETJEN'],
    ['Sekretariat Jenderal Kemenkumham', 'SETJEN'],
    ['Dirjen Pemasyarakatan', 'DITJENPAS'],
    ['Lapas Plg', 'LAPAS-PLG-1'], // Lembaga Pemasyarakatan Kelas I Palembang
    ['LP Cipinang', 'LAPAS-CPN-1'],
    ['Kanwil Kemenkumham Jawa Timur', 'KW-JATIM'],
    ['Kanwil Kemenkumham Jawa Barat', 'KW-JABAR'],
    ['Kanwil Kemenkumham Sumatera Selatan', 'KW-SUMSEL'],
    ['Imigrasi Batam', 'KANIM-BTM-1TPI'],
    ['Kanim Kls I Medan', 'KANIM-MDN-1TPI'], // Kantor Imigrasi Kelas I TPI Medan
    ['Imigrasi Bandara Soetta', 'KANIM-SHA-1TPI'], // Soetta = Soekarno-Hatta airport
    ['Lapas Sukamiskin Bandung', 'LAPAS-BDG-1'], // Sukamiskin is Lapas Kelas I Bandung (not the Narkotika or Perempuan one)
    ['Rutan Pondok Bambu Lama', 'RUTAN-PBB-2B'],
    ['Bapas Klas I Palembang', 'BAPAS-PLG-1'],
  ])('%s → %s', (value, code) => {
    expect(top(value)).toBe(code);
  });

  // Ambiguous from the registry: these are local names of prisons that the registry does not
  // spell anywhere (Rutan Medaeng = Rutan Kelas I Surabaya, Lapas Tanjung Gusta = Lapas Kelas I
  // Medan, Lapas Kedungpane = Lapas Kelas I Semarang). Only the kind of unit can be read from
  // them; the analyst adds the alias. The suggester must then at least not offer another kind.
  it.each([
    ['Rutan Medaeng', 'RUTAN-'],
    ['Lapas Tanjung Gusta', 'LAPAS'],
    ['Lapas Kedungpane', 'LAPAS'],
  ])('%s (ambiguous) offers only units of that kind', (value, prefix) => {
    for (const s of suggestUnits(value, prepared)) expect(s.code.startsWith(prefix)).toBe(true);
  });

  // Wrong guesses a single click would save: the unit type and part of the name match, the place
  // does not (Medaeng is not Medan, Tanjung Gusta is not Tanjung Balai). Nothing is selected, and
  // the confidence shown stays low, though the score alone looks like a match.
  it.each([
    ['Rutan Medaeng', 'RUTAN-MDN-1'],
    ['Lapas Tanjung Gusta', 'LAPAS-TJB-2A'],
    ['Lapas Klas IIA Tanjung Gusta', 'LAPAS-TJB-2A'],
    ['Lapas Medan Timur', 'LAPAS-MDN-1'],
    ['Rutan Medan Baru', 'RUTAN-MDN-1'],
  ])('%s: the look-alike %s is offered, never selected, with confidence under 0.5', (value, lookAlike) => {
    const found = suggestUnits(value, prepared);
    const offered = found.find((f) => f.code === lookAlike)!;
    expect(offered.score).toBeGreaterThan(MIN_SCORE);
    expect(offered.confidence).toBeLessThan(0.5);
    expect(confidentChoice(found)).toBeNull();
  });

  // Right but not certain: every word of the value is not in the unit, or two units are as likely.
  it.each([
    ['Lapas Plg', 'LAPAS-PLG-1'], // plg also abbreviates Pandeglang and Pangkalpinang
    ['Lapas Sukamiskin Bandung', 'LAPAS-BDG-1'], // Sukamiskin is in no name
    ['Imigrasi Bandara Soetta', 'KANIM-SHA-1TPI'],
    ['Rutan Pondok Bambu Lama', 'RUTAN-PBB-2B'],
    ['Kanwil Kemenkumham Jawa', 'KW-JABAR'], // Jawa Barat, Tengah or Timur: ranked by score, not selected
  ])('%s: %s first, but not selected', (value, code) => {
    const found = suggestUnits(value, prepared);
    expect(found[0].code).toBe(code);
    expect(confidentChoice(found)).toBeNull();
  });

  // Every word of the value found in one unit (abbreviations written out), well ahead of the next.
  it.each([
    ['Ditjen Imigrasi', 'DITJENIM'],
    ['Setjen Kemenkumham RI', 'SETJEN'],
    ['Dirjen Pemasyarakatan', 'DITJENPAS'],
    ['LP Cipinang', 'LAPAS-CPN-1'],
    ['Kanwil Kemenkumham Jawa Timur', 'KW-JATIM'],
    ['Imigrasi Batam', 'KANIM-BTM-1TPI'],
    ['Kanim Kls I Medan', 'KANIM-MDN-1TPI'],
    ['Bapas Klas I Palembang', 'BAPAS-PLG-1'],
    ['Rutan Klas I Surabaya', 'RUTAN-SBY-1'],
    ['Lapas Palembang Kelas I', 'LAPAS-PLG-1'],
  ])('%s: %s is selected', (value, code) => {
    expect(confidentChoice(suggestUnits(value, prepared))?.code).toBe(code);
  });

  it('scores lie in 0.35..1, confidence in 0..score, most confident first, at most `limit`', () => {
    for (const value of UNMATCHED) {
      const found = suggestUnits(value, prepared, 3);
      expect(found.length).toBeLessThanOrEqual(3);
      for (const s of found) expect(s.score).toBeGreaterThanOrEqual(MIN_SCORE);
      for (const s of found) expect(s.score).toBeLessThanOrEqual(1);
      for (const s of found) expect(s.confidence).toBeGreaterThanOrEqual(0);
      for (const s of found) expect(s.confidence).toBeLessThanOrEqual(s.score + 1e-12);
      expect(found.map((s) => s.confidence)).toEqual([...found.map((s) => s.confidence)].sort((a, b) => b - a));
    }
    expect(suggestUnits('Lapas Plg', prepared, 1)).toHaveLength(1);
  });

  it('gives the same answer for the plain unit list as for the prepared one', () => {
    expect(suggestUnits('Lapas Plg', units)).toEqual(suggestUnits('Lapas Plg', prepared));
  });
});
