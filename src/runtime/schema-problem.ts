import { z } from 'zod';

/**
 * Small zod helpers for the adapters' payload schemas: each schema carries the reason a person or log reads as its
 * error, and the first failed check is the answer.
 */

/** The message of the first check `value` fails, or null when it passes. */
export function problemOf(schema: z.ZodType, value: unknown): string | null {
  const result = schema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? 'invalid');
}

/** A non-empty string; `message` when it is missing, not a string or empty. */
export const nonEmptyText = (message: string) => z.string({ error: message }).min(1, { error: message });

/** A JSON object (not null, not a list), other keys allowed; `message` when it is not one. */
export const jsonObject = <S extends z.ZodRawShape>(message: string, shape: S = {} as S) =>
  z.looseObject(shape, { error: message });

/** A form field's value as text: strings as they are, numbers and booleans written out, anything else ''. */
export const fieldText = z
  .union([z.string(), z.number(), z.boolean()])
  .transform((v) => String(v))
  .catch('');
