// Node anchors: Promise.all of 100,000 setTimeout(10) promises, as a line typed into a REPL
// (the `repl` module driven in-process, as `node -i` runs it) and as plain script code.
// Usage: node node_gather.mjs OUT.jsonl WARM RUNS  (appends JSON lines, as the Java benchmarks do)
import { appendFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { PassThrough } from 'node:stream';
import repl from 'node:repl';

const [out, warm, runs] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const gather = () => Promise.all(Array.from({ length: 100_000 }, (_, k) => new Promise(r => setTimeout(() => r(k), 10))));
const LINE = 'r = await Promise.all(Array.from({ length: 100_000 }, (_, k) => new Promise(res => setTimeout(() => res(k), 10)))); __done(r.length)';

function record(id, samples, note) {
  samples.sort((a, b) => a - b);
  const n = samples.length;
  const median = n % 2 ? samples[(n - 1) / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
  console.error(`  ${id.padEnd(34)} median ${median.toFixed(3).padStart(10)} s  (min ${samples[0].toFixed(3)}, max ${samples[n - 1].toFixed(3)}, n=${n}) ${note}`);
  appendFileSync(out, JSON.stringify({ id, unit: 's', n, median, min: samples[0], max: samples[n - 1], note }) + '\n');
}

async function timeRuns(once) {
  const samples = [];
  for (let i = 0; i < warm + runs; i++) {
    const t0 = performance.now();
    const length = await once();
    const s = (performance.now() - t0) / 1000;
    if (length !== 100_000) throw new Error('wrong length ' + length);
    if (i >= warm) samples.push(s);
  }
  return samples;
}

const input = new PassThrough();
const output = new PassThrough();
output.resume();
const server = repl.start({ input, output, prompt: '', terminal: false, useGlobal: true });
const viaRepl = () => new Promise(resolve => { globalThis.__done = resolve; input.write(LINE + '\n'); });
record('gather.node', await timeRuns(viaRepl), 'Node REPL (repl module in-process, useGlobal as node -i): await Promise.all of 100k setTimeout(10)');
server.close();
record('gather.node-script', await timeRuns(async () => (await gather()).length), 'plain node script, same Promise.all');
process.exit(0);
