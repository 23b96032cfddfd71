/** What the palette searches: a command's words. */
export interface Searchable {
  label: string;
  group: string;
  shortcut?: string;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');

/**
 * The entries whose label, group or shortcut contain every word of the query, best first: labels that
 * start with the query, then labels with a word starting with its first word, then the rest; ties keep
 * the registry's order. An empty query lists everything in order.
 */
export function searchCommands<T extends Searchable>(entries: readonly T[], query: string): T[] {
  const terms = words(query);
  if (terms.length === 0) return [...entries];
  const phrase = terms.join(' ');
  const scored = entries.flatMap((entry, index) => {
    const label = entry.label.toLowerCase();
    const haystack = `${label} ${entry.group.toLowerCase()} ${(entry.shortcut ?? '').toLowerCase()}`;
    if (!terms.every((t) => haystack.includes(t))) return [];
    const rank = label.startsWith(phrase)
      ? 0
      : words(label).some((w) => w.startsWith(terms[0] ?? ''))
        ? 1
        : 2;
    return [{ entry, rank, index }];
  });
  return scored.sort((a, b) => a.rank - b.rank || a.index - b.index).map((s) => s.entry);
}
