// Runs async work on a list with bounded concurrency and hands each result back in list order, so
// what a command prints (per-file lines, then the summary) is the same whatever finishes first.

/**
 * Calls `work(item, i)` with at most `concurrency` calls in flight and `done(result, item, i)` for
 * i = 0, 1, 2, … in order, each as soon as it and everything before it have finished. A rejected
 * `work` rejects the whole run (after the calls in flight settle); `work` should catch what it can
 * report itself.
 */
export async function forEachInOrder<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, i: number) => Promise<R>,
  done: (result: R, item: T, i: number) => void,
): Promise<void> {
  const results = new Map<number, R>();
  let next = 0; // next index to start
  let emit = 0; // next index to hand to done()
  let failure: { err: unknown } | undefined;
  const lane = async (): Promise<void> => {
    while (!failure && next < items.length) {
      const i = next++;
      try {
        results.set(i, await work(items[i], i));
      } catch (err) {
        failure ??= { err };
        return;
      }
      while (results.has(emit)) {
        const r = results.get(emit) as R;
        results.delete(emit);
        done(r, items[emit], emit);
        emit++;
      }
    }
  };
  const lanes = Math.max(1, Math.min(concurrency, items.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  if (failure) throw failure.err;
}
