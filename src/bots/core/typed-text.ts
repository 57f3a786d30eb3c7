/**
 * What a person typed, in one canonical spelling before anything reads or stores it: Unicode NFC (a macOS or iOS
 * keyboard may send å as a + U+030A, which looks the same but compares, searches and counts differently), Windows
 * and old Mac line ends as \n, and no invisible zero-width characters (zero-width space, word joiner, byte-order
 * mark — pasted from Word or a web page). The zero-width joiner stays: emoji sequences such as 👮‍♀️ are built with it.
 */
export function canonicalTyped(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b\u2060\ufeff]/g, '');
}

/** Every value of a submitted form, in canonical spelling. */
export function canonicalValues(values: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, canonicalTyped(v)]));
}
