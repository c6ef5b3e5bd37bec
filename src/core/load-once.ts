// Loads a resource once and shares it: every caller gets the same promise while it is pending or
// after it succeeded. A failure is not kept, so the next call loads again (a dictionary restored, a
// model rebuilt, a file system that was busy) instead of every later call failing for good.

export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((err: unknown) => {
      pending = undefined;
      throw err;
    }));
}
