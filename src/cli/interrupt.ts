// SIGINT or SIGTERM during a run: the temporary file being written is taken away, so
// an interrupted `parse -o` leaves no `.tmp` beside its target (a batch also stops its workers).
import type { CliIo } from './main.js';
import { removeLiveTempFiles } from '../emit/write-output.js';

/** Listens for the run's length; returns the function that stops listening. */
export function cleanUpOnInterrupt(io: Pick<CliIo, 'stderr'>): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    removeLiveTempFiles();
    // A batch listens too (registered later, so still there), and exits once its workers have stopped.
    if (process.listenerCount(signal) > 1) return;
    io.stderr.write(`zhyt-report: interrupted (${signal}); no half-written file left behind\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}
