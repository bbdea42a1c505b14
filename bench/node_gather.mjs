// Node anchors for figure 3: Promise.all of 100,000 setTimeout(10) promises, as a line typed into
// a REPL (the `repl` module driven in-process with useGlobal, as `node -i` runs it) and as plain
// script code. A server for bench/interleave.py: prints `ready`, answers each stdin line `repl` or
// `script` with the seconds one run took.
import { performance } from 'node:perf_hooks';
import { PassThrough } from 'node:stream';
import { createInterface } from 'node:readline';
import repl from 'node:repl';

const LINE = 'r = await Promise.all(Array.from({ length: 100_000 }, (_, k) => new Promise(res => setTimeout(() => res(k), 10)))); __done(r.length)';
const input = new PassThrough();
const output = new PassThrough();
output.resume();
repl.start({ input, output, prompt: '', terminal: false, useGlobal: true });

const runs = {
  repl: () => new Promise(resolve => { globalThis.__done = resolve; input.write(LINE + '\n'); }),
  script: async () => (await Promise.all(Array.from({ length: 100_000 }, (_, k) => new Promise(r => setTimeout(() => r(k), 10))))).length,
};

console.log('ready');
for await (const line of createInterface({ input: process.stdin })) {
  const once = runs[line.trim()];
  if (!once) break;
  const t0 = performance.now();
  const length = await once();
  if (length !== 100_000) throw new Error('wrong length ' + length);
  console.log(((performance.now() - t0) / 1000).toFixed(6));
}
process.exit(0);
