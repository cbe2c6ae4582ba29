import type { Reporter } from './bootstrap';

/** Progress bars and notices for a terminal; plain lines (every 10 %) when not a terminal. */
export function consoleReporter(stream: NodeJS.WriteStream = process.stderr): Reporter {
  let lastTenth = -1;
  return {
    info: (message) => stream.write(`${message}\n`),
    secret: (message) => stream.write(`\n${'='.repeat(64)}\n${message}\n${'='.repeat(64)}\n\n`),
    progress(label, done, total) {
      const ratio = total === 0 ? 1 : done / total;
      if (stream.isTTY) {
        const width = 30;
        const filled = Math.round(ratio * width);
        stream.write(
          `\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')}`,
        );
        if (done >= total) stream.write('\n');
      } else {
        const tenth = Math.floor(ratio * 10);
        if (tenth !== lastTenth) {
          lastTenth = tenth;
          stream.write(
            `${label} ${tenth * 10}% (${done.toLocaleString('en')}/${total.toLocaleString('en')})\n`,
          );
        }
      }
    },
  };
}
