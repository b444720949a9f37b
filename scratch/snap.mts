import { openFacilitatorRig } from '/work/wt-engine-speed/tests/e2e/helpers/facilitator.js';
import { tour } from '/work/wt-engine-speed/bench/heap.js';
import { writeFileSync } from 'node:fs';
const rig = await openFacilitatorRig('petite-enfance');
const which = process.argv[2] ?? 'room';
try {
  await tour(rig);
  const page = which === 'room' ? rig.audience : rig.facilitator;
  const s = await rig.context.newCDPSession(page);
  for (let i = 0; i < 3; i++) await s.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  s.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await s.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  const snap = JSON.parse(chunks.join(''));
  const m = snap.snapshot.meta;
  const NF = m.node_fields.length, EF = m.edge_fields.length;
  const nTypes = m.node_types[0], eTypes = m.edge_types[0];
  const nodes = snap.nodes, edges = snap.edges, strings = snap.strings;
  const iName = m.node_fields.indexOf('name'), iEC = m.node_fields.indexOf('edge_count'), iType = m.node_fields.indexOf('type'), iDet = m.node_fields.indexOf('detachedness');
  const eTypeI = m.edge_fields.indexOf('type'), eNameI = m.edge_fields.indexOf('name_or_index'), eToI = m.edge_fields.indexOf('to_node');
  const count = nodes.length / NF;
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0, e = 0; i < count; i++) { firstEdge[i] = e; e += nodes[i * NF + iEC] * EF; firstEdge[i + 1] = e; }
  const parent = new Int32Array(count).fill(-1), parentEdge = new Int32Array(count).fill(-1);
  const seen = new Uint8Array(count); seen[0] = 1;
  const queue = [0];
  while (queue.length) {
    const n = queue.shift()!;
    for (let e = firstEdge[n]; e < firstEdge[n + 1]; e += EF) {
      const t = eTypes[edges[e + eTypeI]];
      if (t === 'weak') continue;
      const to = edges[e + eToI] / NF;
      if (seen[to]) continue;
      seen[to] = 1; parent[to] = n; parentEdge[to] = e; queue.push(to);
    }
  }
  const name = (n: number) => `${nTypes[nodes[n * NF + iType]]}:${strings[nodes[n * NF + iName]].slice(0, 60)}`;
  const edgeName = (e: number) => { const t = eTypes[edges[e + eTypeI]]; const v = edges[e + eNameI]; return t === 'element' || t === 'hidden' ? `[${v}]` : `${t}:${strings[v]}`; };
  let shown = 0;
  const det: Record<string, number> = {};
  for (let n = 0; n < count; n++) {
    const nm = strings[nodes[n * NF + iName]];
    if (iDet >= 0 && nodes[n * NF + iDet] === 2) det[nm] = (det[nm] ?? 0) + 1;
  }
  console.log('detached by name', JSON.stringify(Object.entries(det).sort((a, b) => b[1] - a[1]).slice(0, 10)));
  for (let n = 0; n < count && shown < 4; n++) {
    const nm = strings[nodes[n * NF + iName]];
    if (!(iDet >= 0 && nodes[n * NF + iDet] === 2 && /HTMLElement|Section|section/.test(nm))) continue;
    if (!seen[n]) continue;
    shown++;
    const path: string[] = [];
    for (let c = n; c > 0 && path.length < 40; c = parent[c]) path.push(`${name(c)} <-${edgeName(parentEdge[c])}-`);
    console.log('---- path for', name(n)); console.log(path.join('\n'));
  }
} finally { await rig.close(); }
