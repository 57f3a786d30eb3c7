/**
 * Slack mrkdwn escaping. Slack reads `<…>` as links, mentions and `<!channel>`-style broadcasts, and `&` starts an
 * entity, so every text we did not write ourselves — kommun names, notes, status texts, the whole core reply — goes
 * through `escapeMrkdwn` before it reaches a `mrkdwn` text object. Slack asks for exactly these three replacements.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Text shown as written in a mrkdwn object: escaped, and its asterisks become `∗` — mrkdwn has no escape for them,
 * and a note reading "*viktigt*" must not turn bold. What stands out in a reply is its section titles (`bold`).
 */
export function plainMrkdwn(text: string): string {
  return escapeMrkdwn(text).replace(/\*/g, '∗');
}

/** Bold in mrkdwn, escaped. Asterisks inside become `∗` so they cannot end the bold early. */
export function bold(text: string): string {
  const inner = escapeMrkdwn(text).replace(/\*/g, '∗').trim();
  return inner === '' ? '' : `*${inner}*`;
}

/** A code block (monospace, no formatting inside), escaped. Backtick fences inside are broken up. */
export function codeBlock(text: string): string {
  return `\`\`\`${escapeMrkdwn(text).replace(/```/g, '`\u200b``')}\`\`\``;
}
