// Progress on stderr for big folders: a rewritten line on a terminal, at most ~20 lines in a log.
export const PROGRESS_MIN_FILES = 20;

export function progressReporter(stream: NodeJS.WriteStream, total: number): ((done: number, total: number, file: string) => void) | undefined {
  if (total <= PROGRESS_MIN_FILES) return undefined;
  let lastStep = -1;
  let lastDraw = 0;
  return (done, all, file) => {
    if (stream.isTTY) {
      const now = Date.now();
      if (now - lastDraw < 100 && done < all) return;
      lastDraw = now;
      stream.write(`\r${done}/${all} ${file}`.slice(0, 100).padEnd(60) + (done === all ? "\n" : ""));
      return;
    }
    const step = Math.floor((done * 20) / all);
    if (step === lastStep) return;
    lastStep = step;
    stream.write(`progress: ${done}/${all} files (${Math.round((done * 100) / all)}%)\n`);
  };
}
