import { openFacilitatorRig } from '/work/wt-engine-speed/tests/e2e/helpers/facilitator.js';
import { tour } from '/work/wt-engine-speed/bench/heap.js';
const rig = await openFacilitatorRig('petite-enfance');
const which = process.argv[2] ?? 'room';
let last: any;
function paths(snap: any, pred: (name: string) => boolean, max: number) {
  const m = snap.snapshot.meta; const NF = m.node_fields.length, EF = m.edge_fields.length;
  const nTypes = m.node_types[0], eTypes = m.edge_types[0];
  const nodes = snap.nodes, edges = snap.edges, strings = snap.strings;
  const iName = m.node_fields.indexOf('name'), iEC = m.node_fields.indexOf('edge_count'), iType = m.node_fields.indexOf('type');
  const eTypeI = m.edge_fields.indexOf('type'), eNameI = m.edge_fields.indexOf('name_or_index'), eToI = m.edge_fields.indexOf('to_node');
  const count = nodes.length / NF;
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0, e = 0; i < count; i++) { firstEdge[i] = e; e += nodes[i * NF + iEC] * EF; firstEdge[i + 1] = e; }
  const parent = new Int32Array(count).fill(-1), parentEdge = new Int32Array(count).fill(-1);
  const seen = new Uint8Array(count); seen[0] = 1;
  const queue = [0]; let qi = 0;
  while (qi < queue.length) {
    const n = queue[qi++]!;
    for (let e = firstEdge[n]; e < firstEdge[n + 1]; e += EF) {
      const t = eTypes[edges[e + eTypeI]];
      if (t === 'weak') continue;
      const to = edges[e + eToI] / NF;
      if (seen[to]) continue;
      seen[to] = 1; parent[to] = n; parentEdge[to] = e; queue.push(to);
    }
  }
  const name = (n: number) => `${nTypes[nodes[n * NF + iType]]}:${String(strings[nodes[n * NF + iName]]).slice(0, 70)}`;
  const edgeName = (e: number) => { const t = eTypes[edges[e + eTypeI]]; const v = edges[e + eNameI]; return t === 'element' || t === 'hidden' ? `[${v}]` : `${t}:${strings[v]}`; };
  let shown = 0;
  for (let n = count - 1; n >= 0 && shown < max; n--) {
    if (!pred(name(n)) || !seen[n]) continue;
    shown++;
    const path: string[] = [];
    for (let c = n; c > 0 && path.length < 25; c = parent[c]) path.push(`${name(c)} <-${edgeName(parentEdge[c])}-`);
    console.log('---- path'); console.log(path.join('\n'));
  }
}
async function agg() {
  const page = which === 'room' ? rig.audience : rig.facilitator;
  const s = await rig.context.newCDPSession(page);
  for (let i = 0; i < 3; i++) await s.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  s.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await s.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await s.detach();
  const snap = JSON.parse(chunks.join(''));
  last = snap;
  const m = snap.snapshot.meta; const NF = m.node_fields.length;
  const iName = m.node_fields.indexOf('name'), iType = m.node_fields.indexOf('type'), iSize = m.node_fields.indexOf('self_size');
  const out = new Map<string, [number, number]>();
  for (let i = 0; i < snap.nodes.length; i += NF) {
    const key = `${m.node_types[0][snap.nodes[i + iType]]}:${String(snap.strings[snap.nodes[i + iName]]).slice(0, 70)}`;
    const v = out.get(key) ?? [0, 0]; v[0]++; v[1] += snap.nodes[i + iSize]; out.set(key, v);
  }
  return out;
}
try {
  await tour(rig); await tour(rig);
  const a = await agg();
  await tour(rig); await tour(rig); await tour(rig); await tour(rig);
  const b = await agg();
  const rows = [...b].map(([k, [n, sz]]) => [k, n - (a.get(k)?.[0] ?? 0), sz - (a.get(k)?.[1] ?? 0)] as const).sort((x, y) => y[2] - x[2]).slice(0, 25);
  for (const r of rows) console.log(r[2], r[1], r[0]);
  const byType = new Map<string, number>();
  for (const [k, [, sz]] of b) { const t = k.split(':')[0]!; byType.set(t, (byType.get(t) ?? 0) + sz - (a.get(k)?.[1] ?? 0)); }
  console.log('by type', JSON.stringify([...byType]));
  const ctx = rows.filter((r) => r[0].includes('Context / scope') && r[1] > 20).slice(0, 2);
  for (const c of ctx) paths(last, (n) => n === c[0], 2);
  paths(last, (n) => n.includes('PerformanceLongAnimationFrameTiming'), 1);
} finally { await rig.close(); }
