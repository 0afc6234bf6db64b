/**
 * Runs `visit` over a queue that the visits themselves may grow (a directory walk finds more directories),
 * with at most `limit` visits in flight. Resolves once the queue is empty and nothing runs; rejects on the
 * first visit that rejects, leaving the others to finish on their own.
 *
 * Items are taken last-in first-out, so a walk goes deep before wide and the queue stays short.
 */
export function runPool<T>(initial: readonly T[], limit: number, visit: (item: T, enqueue: (item: T) => void) => Promise<void>): Promise<void> {
  const waiting = [...initial];
  let running = 0;
  let failed = false;
  return new Promise<void>((resolve, reject) => {
    const enqueue = (item: T): void => {
      waiting.push(item);
    };
    const pump = (): void => {
      while (!failed && running < limit && waiting.length > 0) {
        const item = waiting.pop() as T;
        running += 1;
        visit(item, enqueue).then(
          () => {
            running -= 1;
            pump();
          },
          (error: unknown) => {
            failed = true;
            reject(error);
          },
        );
      }
      if (!failed && running === 0 && waiting.length === 0) resolve();
    };
    pump();
  });
}
