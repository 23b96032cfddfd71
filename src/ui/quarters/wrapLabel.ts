const clip = (line: string, width: number) => (line.length > width ? `${line.slice(0, width - 1)}…` : line);

/** A label on at most two lines of `width` characters, broken between words; what does not fit ends in "…". */
export function wrapLabel(text: string, width = 22): string[] {
  const lines: string[][] = [[]];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const line = lines[lines.length - 1] ?? [];
    if (line.length === 0 || [...line, word].join(' ').length <= width) line.push(word);
    else lines.push([word]);
  }
  if (lines.length <= 2) return lines.map((words) => clip(words.join(' '), width));
  const second = [...(lines[1] ?? [])];
  while (second.length > 1 && second.join(' ').length > width - 1) second.pop();
  return [clip((lines[0] ?? []).join(' '), width), `${clip(second.join(' '), width - 1).replace(/…$/, '')}…`];
}
