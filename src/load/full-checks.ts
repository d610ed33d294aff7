// Whether this run had to check a questionnaire in full (it was not in the cache, as on the first
// run after an install or an edit): src/load/cache.ts says it, src/cli/run.ts asks it. On its own
// so that asking does not load the cache and the model's code with it.

let checkedInFull = false;

/** Said by checkCached when it checks a text in full (validateCached does not count). */
export const noteFullCheck = (): void => {
  checkedInFull = true;
};

export const checkedInFullThisRun = (): boolean => checkedInFull;
