/**
 * A memory probe for the bot as bench/load.ts measures it: preloaded into the production start, so the measured
 * process is the app as it ships (`node dist/bot/main.js`, no tsx) plus this handler. Plain JavaScript, because that
 * process has no TypeScript loader.
 *
 * On SIGUSR2 it runs a full garbage collection (node --expose-gc) and prints {"event":"memory",...}: RSS alone cannot
 * tell a leak from the heap headroom V8 keeps after a burst of work, the heap in use after a full GC can.
 *
 *   npm run build && node --expose-gc --import ./bench/gcProbe.mjs dist/bot/main.js
 */
process.on('SIGUSR2', () => {
  globalThis.gc?.();
  const m = process.memoryUsage();
  const mb = (n) => Math.round(n / 1048576);
  process.stdout.write(`${JSON.stringify({ event: 'memory', rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), heapTotalMb: mb(m.heapTotal) })}\n`);
});
