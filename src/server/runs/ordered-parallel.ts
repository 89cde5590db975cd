/** A job writes its text through `push` and resolves when it is done. */
export type Job<R> = (push: (text: string) => void) => Promise<R>;

/**
 * Runs jobs with at most `limit` at once and passes their text to `emit` in
 * job order: the earliest unfinished job streams live, later ones are held
 * until every job before them is done. The first failure rejects.
 */
export async function orderedParallel<R>(jobs: Job<R>[], limit: number, emit: (text: string, index: number) => void): Promise<R[]> {
  const held: string[][] = jobs.map(() => []);
  const finished: boolean[] = jobs.map(() => false);
  const results: R[] = [];
  let live = 0;

  const advance = () => {
    while (live < jobs.length && finished[live]) {
      live += 1;
      if (live < jobs.length) for (const text of held[live]!.splice(0)) emit(text, live);
    }
  };

  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]!((text) => {
        if (index === live) emit(text, index);
        else held[index]!.push(text);
      });
      finished[index] = true;
      advance();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}
