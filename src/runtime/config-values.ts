import { z } from 'zod';
import { editDistance, typoAllowance } from '../domain/names.ts';

/**
 * The parts of the configuration's validation that answer the operator: the right form, and the key or value meant.
 * The operator's messages are Swedish, as the CLI's are, after the variable's name ("PORT måste vara …").
 */

/** One of `values`, refused with the values and, for a near miss ("INFO", "multitenant"), the one it meant. */
export const oneOf = <const T extends readonly [string, ...string[]]>(
  values: T,
  shown = `ett av ${values.join(', ')}`,
) =>
  z.enum(values, {
    error: (issue) => {
      const typed = String(issue.input ?? '').trim();
      const meant =
        values.find((v) => v.toLowerCase() === typed.toLowerCase()) ??
        (typed.length > 3
          ? values.find(
              (v) => editDistance(typed.toLowerCase(), v.toLowerCase()) <= Math.max(1, typoAllowance(v)),
            )
          : undefined);
      return `måste vara ${shown}${meant ? ` — menade du ${meant}?` : ''}`;
    },
  });

/** A TCP port, refused with the right form. */
export const port = (example: number) => {
  const error = `måste vara ett portnummer 0–65535, t.ex. ${example}`;
  return z.coerce.number({ error }).int({ error }).min(0, { error }).max(65535, { error });
};

/**
 * Variables that are almost a key Löftesbot reads (`LOFTESBOT_TIMEZON`, `SLACK_SIGNING_SECRT`, `DATABSE_URL`): each
 * with the key it was probably meant as. Such a variable is ignored by the configuration, so the setting silently
 * keeps its default unless the operator is told.
 */
export function nearKeys(
  keys: readonly string[],
  known: readonly string[],
): { key: string; meant: string }[] {
  const found: { key: string; meant: string }[] = [];
  for (const key of keys) {
    if (known.includes(key) || key.length < 6) continue;
    let best: { meant: string; distance: number } | undefined;
    for (const candidate of known) {
      const distance = editDistance(key.toUpperCase(), candidate);
      if (distance <= typoAllowance(candidate) && (!best || distance < best.distance))
        best = { meant: candidate, distance };
    }
    if (best) found.push({ key, meant: best.meant });
  }
  return found;
}
