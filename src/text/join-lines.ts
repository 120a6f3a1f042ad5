// Joins a line that wrapped inside a cell back to the text before it. A line that
// ends in a hyphen right after a letter or digit continues the same word
// (`бізнес-` + `подіях`, `2021-` + `2023`): the hyphen stays, no space is added.
const WORD_HYPHEN_END = /[\p{L}\p{N}][-‐]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

export function joinLines(before: string, line: string): string {
  if (before === '') return line;
  if (line === '') return before;
  return WORD_HYPHEN_END.test(before) && WORD_START.test(line) ? before + line : `${before} ${line}`;
}
