/**
 * `text` with parts marked, as search results show it: the ranges the server found (`ranges`,
 * in characters, as a search hit's highlights), or else every occurrence of `query`
 * (case-insensitive).
 */
export function Highlight({
  text,
  query,
  ranges,
}: {
  text: string;
  query?: string;
  ranges?: readonly { start: number; length: number }[];
}) {
  const chars = [...text];
  const marked = ranges ?? occurrences(chars, query ?? '');
  const parts: { text: string; match: boolean }[] = [];
  let from = 0;
  for (const range of [...marked].sort((a, b) => a.start - b.start)) {
    if (range.start < from || range.length <= 0) {
      continue;
    }
    if (range.start > from) {
      parts.push({ text: chars.slice(from, range.start).join(''), match: false });
    }
    parts.push({
      text: chars.slice(range.start, range.start + range.length).join(''),
      match: true,
    });
    from = range.start + range.length;
  }
  if (from < chars.length) {
    parts.push({ text: chars.slice(from).join(''), match: false });
  }
  return <>{parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}</>;
}

function occurrences(chars: readonly string[], query: string): { start: number; length: number }[] {
  const needle = [...query.trim()].map(ch => ch.toLowerCase());
  const haystack = chars.map(ch => ch.toLowerCase());
  const found: { start: number; length: number }[] = [];
  if (needle.length === 0) {
    return found;
  }
  for (let at = 0; at + needle.length <= haystack.length;) {
    if (needle.every((ch, i) => haystack[at + i] === ch)) {
      found.push({ start: at, length: needle.length });
      at += needle.length;
    } else {
      at += 1;
    }
  }
  return found;
}
