/**
 * Regular expressions over Swedish words. JavaScript's `\b` only knows ASCII letters, so "två\b" or "\börligen"
 * never match; `wordRegex` puts Unicode-aware word edges around a pattern instead.
 */
export function wordRegex(pattern: string, flags = 'i'): RegExp {
  const f = flags.includes('u') ? flags : `${flags}u`;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, f);
}
