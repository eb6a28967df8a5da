import { unitKey } from './unit-key';

/** A registry unit as the suggester sees it. */
export interface UnitCandidate {
  code: string;
  name: string;
  aliases: readonly string[];
}

export interface UnitSuggestion {
  code: string;
  name: string;
  /** Weighted word overlap of the value and the unit's best name or alias (0..1). */
  score: number;
  /**
   * How sure the suggestion is (0..1): the score times the share of the value's own words (by
   * weight) found in that name, a partly matched abbreviation counting its match quality. A
   * place name that is not in the unit (`Rutan Medaeng` → Rutan Medan) keeps it low however
   * well the unit-type words match.
   */
  confidence: number;
}

/** Common abbreviations in unit names, written out (after unitKey folding). */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  lapas: 'lembaga pemasyarakatan',
  lp: 'lembaga pemasyarakatan',
  rutan: 'rumah tahanan negara',
  lpka: 'lembaga pembinaan khusus anak',
  bapas: 'balai pemasyarakatan',
  rupbasan: 'rumah penyimpanan benda sitaan negara',
  kanim: 'kantor imigrasi',
  rudenim: 'rumah detensi imigrasi',
  kanwil: 'kantor wilayah',
  kemenkumham: 'kementerian hukum dan ham',
  kls: 'kelas',
  klas: 'kelas',
  setjen: 'sekretariat jenderal',
  itjen: 'inspektorat jenderal',
  ditjen: 'direktorat jenderal',
  dirjen: 'direktorat jenderal',
};

// Said first, `Imigrasi Batam` means the immigration office; inside a name (Direktorat Jenderal
// Imigrasi, Rumah Detensi Imigrasi, Kantor Imigrasi) the word stays as it is.
const LEADING_ABBREVIATIONS: Readonly<Record<string, string>> = { imigrasi: 'kantor imigrasi' };

// The ministry itself: every unit belongs to it, so naming it says nothing about which unit is meant.
const MINISTRY = ['kementerian hukum dan hak asasi manusia', 'kementerian hukum dan ham', 'republik indonesia'];
const MINISTRY_WORDS = new Set(['ri']);

/** Minimum score of a suggestion. */
export const MIN_SCORE = 0.35;

/** Confidence from which a suggestion is selected for the analyst (and applied by the bulk action). */
export const CONFIDENT = 0.8;
/** …provided no other unit comes within this much of it. */
export const CLEAR_MARGIN = 0.1;

/**
 * The words of a unit value: unitKey folding, abbreviations written out, the ministry's own
 * name (and `RI`) left out, each word once.
 */
export function suggestionTokens(value: string): string[] {
  const words = unitKey(value).split(' ').filter((w) => !MINISTRY_WORDS.has(w));
  let text = ` ${words.map((w, i) => (i === 0 ? LEADING_ABBREVIATIONS[w] : undefined) ?? ABBREVIATIONS[w] ?? w).join(' ')} `;
  for (const phrase of MINISTRY) text = text.split(` ${phrase} `).join(' ');
  const tokens: string[] = [];
  for (const token of text.split(' ')) if (token !== '' && !tokens.includes(token)) tokens.push(token);
  return tokens;
}

interface Form {
  readonly tokens: readonly string[];
  readonly weights: readonly number[];
  readonly pairs: readonly string[]; // each word run together with the next
  readonly weight: number; // sum of the token weights
}

interface PreparedUnit {
  readonly code: string;
  readonly name: string;
  readonly forms: readonly Form[]; // the name, then each alias
}

/** The registry with the words of every name and alias worked out once, for many look-ups. */
export interface PreparedCandidates {
  readonly units: readonly PreparedUnit[];
  /** How telling a word is: ln(1 + units / (1 + units using it)); words no unit uses weigh most. */
  readonly weight: (token: string) => number;
}

export function prepareCandidates(units: readonly UnitCandidate[]): PreparedCandidates {
  const tokenLists = units.map((u) => [u.name, ...u.aliases].filter((s) => s.trim() !== '').map(suggestionTokens));
  const unitsUsing = new Map<string, number>();
  for (const lists of tokenLists) {
    for (const token of new Set(lists.flat())) unitsUsing.set(token, (unitsUsing.get(token) ?? 0) + 1);
  }
  const weights = new Map<string, number>();
  const weight = (token: string): number => {
    let w = weights.get(token);
    if (w === undefined) {
      w = Math.log(1 + units.length / (1 + (unitsUsing.get(token) ?? 0)));
      weights.set(token, w);
    }
    return w;
  };
  const form = (tokens: readonly string[]): Form => {
    const ws = tokens.map(weight);
    const pairs = tokens.slice(0, -1).map((t, i) => t + tokens[i + 1]);
    return { tokens, weights: ws, pairs, weight: ws.reduce((a, b) => a + b, 0) };
  };
  return {
    weight,
    units: units.map((u, i) => ({ code: u.code, name: u.name, forms: tokenLists[i].map(form) })),
  };
}

/** Whether the letters of `short` appear in `long` in order. */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length;
}

/**
 * How well a word of the value abbreviates a longer registry word (plg → palembang, or the
 * run of two words soetta → soekarno hatta): 0 when it does not (fewer than 3 letters, first
 * letters differ, or its letters are not all in the longer word in order); otherwise 0.5,
 * plus 0.1 when the last letters agree (plg, smg, bdg), plus up to 0.1 for how much of the
 * longer word it spells out.
 */
export function partialMatch(abbreviation: string, word: string): number {
  if (abbreviation.length < 3 || abbreviation.length >= word.length || abbreviation[0] !== word[0]) return 0;
  if (!isSubsequence(abbreviation, word)) return 0;
  const sameEnd = abbreviation[abbreviation.length - 1] === word[word.length - 1] ? 0.1 : 0;
  return 0.5 + sameEnd + (0.1 * abbreviation.length) / word.length;
}

/**
 * Weighted Dice overlap of the value's words and one name or alias: twice the weight of the
 * shared words over the weight of both. Words left over on the value side may partly match
 * (partialMatch) a left-over registry word, or two adjacent ones, counting their weights
 * times the match quality. Only value words are read as abbreviations, not registry words
 * (else the registry's `medan` would "abbreviate" the value's `medaeng`).
 */
function formScore(value: readonly string[], valueWeight: number, form: Form, weight: (t: string) => number): { score: number; coverage: number } {
  const used = form.tokens.map(() => false);
  let shared = 0;
  let covered = 0; // weight of the value's words found in the form (partly matched ones times the quality)
  const leftOver: string[] = [];
  for (const token of value) {
    const i = form.tokens.indexOf(token);
    if (i >= 0) {
      used[i] = true;
      shared += 2 * form.weights[i];
      covered += form.weights[i];
    } else leftOver.push(token);
  }
  for (const token of leftOver) {
    let best = { quality: 0, first: -1, count: 0 };
    for (let i = 0; i < form.tokens.length; i++) {
      if (used[i] || form.tokens[i][0] !== token[0]) continue;
      const single = partialMatch(token, form.tokens[i]);
      if (single > best.quality) best = { quality: single, first: i, count: 1 };
      if (i < form.pairs.length && !used[i + 1]) {
        const pair = partialMatch(token, form.pairs[i]);
        if (pair > best.quality) best = { quality: pair, first: i, count: 2 };
      }
    }
    if (best.count === 0) continue;
    let matchedWeight = weight(token);
    for (let i = best.first; i < best.first + best.count; i++) {
      used[i] = true;
      matchedWeight += form.weights[i];
    }
    shared += best.quality * matchedWeight;
    covered += best.quality * weight(token);
  }
  return { score: shared / (valueWeight + form.weight), coverage: valueWeight > 0 ? covered / valueWeight : 0 };
}

/**
 * The registry units an unmatched unit value most likely means, most confident first (then by
 * score, then registry order): each unit scored by its best-matching name or alias (0..1), only
 * scores of at least MIN_SCORE.
 */
export function suggestUnits(
  value: string,
  units: readonly UnitCandidate[] | PreparedCandidates,
  limit = 5,
): UnitSuggestion[] {
  const prepared = isPrepared(units) ? units : prepareCandidates(units);
  const tokens = suggestionTokens(value);
  if (tokens.length === 0) return [];
  const valueWeight = tokens.reduce((sum, t) => sum + prepared.weight(t), 0);
  const found: UnitSuggestion[] = [];
  for (const unit of prepared.units) {
    let best = { score: 0, coverage: 0 };
    for (const form of unit.forms) {
      const r = formScore(tokens, valueWeight, form, prepared.weight);
      if (r.score > best.score || (r.score === best.score && r.coverage > best.coverage)) best = r;
    }
    if (best.score >= MIN_SCORE) found.push({ code: unit.code, name: unit.name, score: best.score, confidence: best.score * best.coverage });
  }
  return found.sort((a, b) => b.confidence - a.confidence || b.score - a.score).slice(0, limit);
}

/**
 * The suggestion to select without asking: the first one, when its confidence is at least
 * CONFIDENT and the next suggestion is at least CLEAR_MARGIN behind; otherwise none (the analyst
 * chooses). `suggestions` as suggestUnits gives them (pass a limit of 2 or more).
 */
export function confidentChoice(suggestions: readonly UnitSuggestion[]): UnitSuggestion | null {
  const [first, second] = suggestions;
  if (!first || first.confidence < CONFIDENT) return null;
  return second && first.confidence - second.confidence < CLEAR_MARGIN ? null : first;
}

function isPrepared(units: readonly UnitCandidate[] | PreparedCandidates): units is PreparedCandidates {
  return !Array.isArray(units);
}
