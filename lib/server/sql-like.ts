/** An ILIKE pattern matching `text` anywhere, with its own `\`, `%` and `_` taken literally. */
export const likeContaining = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
