// Russian phrases of time that are dates without a calendar value (NEREL marks them DATE): a sports
// season after a relative adjective ("в текущем сезоне"), a shift from a moment the story set ("годом
// позже"). Values stay empty: the reference date does not say which season or moment is meant.
// Measured and left out (more false than true dates on the check halves of nerel_dev and nerel_train):
// fixed phrases of the present and the recent past ("в настоящее время", "на днях", "в выходные") and
// repetitions ("каждый день").

/** "в текущем сезоне", "прошлого сезона": periods with no calendar grain after a relative adjective. */
export const RU_PERIOD_NOUN_STEMS: ReadonlyArray<string> = ['сезон'];

/** "годом позже", "неделей ранее": a calendar noun in the instrumental before these is a shift from the story's time. */
export const RU_SHIFT_ADVERBS: ReadonlySet<string> = new Set(['позже', 'позднее', 'ранее', 'раньше']);
