/**
 * Slack mrkdwn escaping. Slack reads `<…>` as links, mentions and `<!channel>`-style broadcasts, and `&` starts an
 * entity, so every text we did not write ourselves — kommun names, notes, status texts, the whole core reply — goes
 * through `escapeMrkdwn` before it reaches a `mrkdwn` text object. Slack asks for exactly these three replacements.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * mrkdwn has no escape for its formatting characters (Slack documents only `&`, `<` and `>`), so a person's text
 * shows as typed only when they are swapped for look-alikes that Slack does not read: `*` bold, `_` italic,
 * `~` strike and `` ` `` code. A `>` opening a line (a quote, even as `&gt;`) gets an invisible soft hyphen first.
 */
const LOOK_ALIKE: Readonly<Record<string, string>> = { '*': '∗', _: 'ˍ', '~': '∼', '`': 'ˋ' };

/**
 * Text shown as written in a mrkdwn object — the one place of the Slack renderer that does it: escaped, and
 * nothing a person typed turns bold, italic, struck, code, a quote or a link ("_viktigt_" stays as typed). What
 * stands out in a reply is its section titles (`bold`).
 */
export function plainMrkdwn(text: string): string {
  return escapeMrkdwn(text)
    .replace(/[*_~`]/g, (c) => LOOK_ALIKE[c] ?? c)
    .replace(/^(\s*)&gt;/gm, '$1\u00ad&gt;');
}

/** Bold in mrkdwn, its text as written (plainMrkdwn), so nothing inside can end the bold early. */
export function bold(text: string): string {
  const inner = plainMrkdwn(text).trim();
  return inner === '' ? '' : `*${inner}*`;
}

/** A code block (monospace, no formatting inside), escaped. Backtick fences inside are broken up. */
export function codeBlock(text: string): string {
  return `\`\`\`${escapeMrkdwn(text).replace(/```/g, '`\u200b``')}\`\`\``;
}
