// What a toaster keeps after show/dismiss cycles, by kind of heap object: a heap snapshot after 3,000 warm-up
// cycles and forced GCs, another after N more cycles, and the difference in count and bytes per object kind
// (constructor name; strings together; V8's compiled code as "(code)"). It tells objects kept per toast (a count
// growing with N) from code V8 compiled during the cycles, which the heap row of `toaster.mjs` counts too.
//   node test/bench/browser/heap-snapshot-diff.mjs [kit|sonner|react-hot-toast] [cycles, default 10000]
// A diagnostic: prints the 30 kinds that grew most and the total; writes nothing.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundlePage, launchChromium, openPage } from './chromium-bench.mjs';
const library = process.argv[2] || 'kit';
const cycles = Number(process.argv[3] || 10_000);
const dir = await mkdtemp(join(tmpdir(), 'mek-heap-'));
// not minified, so that the snapshot names the libraries' own constructors
const url = await bundlePage(join(import.meta.dirname, 'toaster.page.tsx'), dir, { minify: false });
const browser = await launchChromium(['--js-flags=--expose-gc']);
const page = await openPage(browser, url);
await page.evaluate((name) => window.bench.mount(name), library);
const cdp = await page.context().newCDPSession(page);
const STRING_TYPES = new Set(['string', 'concatenated string', 'sliced string']);

/** Forced GCs, then a heap snapshot summed by object kind: kind → { count, bytes } (self sizes). */
async function snapshotByKind() {
  for (let i = 0; i < 5; i++) await page.evaluate(() => window.gc());
  const chunks = [];
  const onChunk = (event) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot, nodes, strings } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const typeNames = snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field));
  const byKind = new Map();
  for (let node = 0; node < nodes.length; node += fields.length) {
    const type = typeNames[nodes[node + typeAt]];
    const name = STRING_TYPES.has(type) ? '(string)' : strings[nodes[node + nameAt]].slice(0, 60);
    const kind = `${type} ${name}`;
    const sum = byKind.get(kind) ?? { count: 0, bytes: 0 };
    sum.count++;
    sum.bytes += nodes[node + sizeAt];
    byKind.set(kind, sum);
  }
  return byKind;
}

await page.evaluate((n) => window.bench.cycles(1_000_000, n), 3_000);
const before = await snapshotByKind();
await page.evaluate((n) => window.bench.cycles(0, n), cycles);
const after = await snapshotByKind();
const none = { count: 0, bytes: 0 };
const growth = [...new Set([...before.keys(), ...after.keys()])].map((kind) => {
  const [was, is] = [before.get(kind) ?? none, after.get(kind) ?? none];
  return { kind, count: is.count - was.count, bytes: is.bytes - was.bytes };
});
growth.sort((x, y) => y.bytes - x.bytes);
const total = growth.reduce((sum, { bytes }) => sum + bytes, 0);
console.log(`${library}: heap snapshot after ${cycles} more cycles minus after the warm-up: ${total} bytes in all`);
console.log('    bytes   count  kind');
for (const { kind, count, bytes } of growth.slice(0, 30)) console.log(String(bytes).padStart(9), String(count).padStart(7), kind);
await browser.close();
