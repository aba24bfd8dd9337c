/**
 * Arrests denied: "no one was arrested", "No arrests were made", "nobody has yet been detained", "none were arrested"
 * (group 1: " else", where some were). One pattern for the figures (none held) and the kind (no arrest record).
 */
export const ARRESTS_DENIED =
  /\b(?:no one|nobody|none)( else)? (?:was|has|had|were|have)(?: (?:yet|ever|immediately|since))? (?:been )?(?:arrested|detained|apprehended|taken into custody)\b|\bno arrests? (?:was|were|has been|have been|had been) (?:yet )?(?:made|reported|announced)\b|\bwithout (?:any )?arrests\b/gi;

// The words, in lower case, one of which every match of ARRESTS_DENIED holds.
const DENIAL_WORDS = ['no one', 'nobody', 'none', 'no arrest', 'without arrests', 'without any arrests'];

/** Whether a text, in lower case, may hold a denial of arrests (a cheap test before the pattern). */
export function mayDenyArrests(lower: string): boolean {
  return DENIAL_WORDS.some((words) => lower.includes(words));
}
