// Paging and searching of long lists (rejected rows, suspect NIPs, unmatched unit values), and
// work done in slices that give the page back between them: no list or computation blocks it.

export interface Page<T> {
  readonly rows: readonly T[];
  readonly page: number; // 0-based, clamped to the pages there are
  readonly pages: number; // at least 1
  readonly total: number; // items after the search
  readonly from: number; // 1-based position of the first row shown (0 when none)
  readonly to: number;
}

/** Folds text for a search: case, accents and runs of white space do not matter. */
export const searchKey = (text: string): string =>
  text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();

// The folded text of each listed item, worked out once: 20,000 values are searched on every keystroke.
const folded = new WeakMap<object, string>();
function foldedText<T>(item: T, text: (item: T) => readonly string[]): string {
  if (typeof item !== 'object' || item === null) return searchKey(text(item).join(' '));
  let key = folded.get(item);
  if (key === undefined) {
    key = searchKey(text(item).join(' '));
    folded.set(item, key);
  }
  return key;
}

/**
 * One page of `items` whose text (any of `text(item)`) holds every word of `query`; `page` is
 * clamped, so a search that shrinks the list never leaves the analyst on an empty page.
 */
export function pageOf<T>(items: readonly T[], page: number, size: number, query = '', text?: (item: T) => readonly string[]): Page<T> {
  const words = searchKey(query).split(' ').filter((w) => w !== '');
  const hits = words.length === 0 || !text ? items
    : items.filter((item) => {
      const haystack = foldedText(item, text);
      return words.every((w) => haystack.includes(w));
    });
  const pages = Math.max(1, Math.ceil(hits.length / size));
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const rows = hits.slice(p * size, (p + 1) * size);
  return { rows, page: p, pages, total: hits.length, from: rows.length ? p * size + 1 : 0, to: p * size + rows.length };
}

export interface SliceOptions {
  /** Longest run of work between two yields, in ms (default 12: a long task is 50 ms, and a busy machine stretches each slice). */
  readonly budgetMs?: number;
  readonly isCancelled?: () => boolean;
  readonly onProgress?: (done: number) => void;
  /** How to give the page back; a macrotask by default, so input and painting can run. */
  readonly yieldToPage?: () => Promise<void>;
  readonly now?: () => number;
}

// A message to ourselves is a new task without setTimeout's 4 ms clamp, and input runs before it.
const macrotask = (): Promise<void> => new Promise((resolve) => {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(resolve, 0);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    resolve();
  };
  channel.port2.postMessage(null);
});

/**
 * Visits every item in slices of about `budgetMs` (at least one item each), yielding to the page
 * before each slice. Resolves true when all were visited, false when cancelled; progress after each slice.
 */
export async function inSlices<T>(items: readonly T[], visit: (item: T, index: number) => void, options: SliceOptions = {}): Promise<boolean> {
  const { budgetMs = 12, isCancelled = () => false, onProgress, yieldToPage = macrotask, now = () => performance.now() } = options;
  let i = 0;
  while (i < items.length) {
    // A yield before every slice, the first too: the caller (a React effect) finishes its own task first.
    await yieldToPage();
    if (isCancelled()) return false;
    const start = now();
    do {
      visit(items[i], i);
      i++;
    } while (i < items.length && now() - start < budgetMs);
    onProgress?.(i);
  }
  return !isCancelled();
}
