// Bench of the Newsmark Workspace view's index (run by `npm run bench`, section "workspace", or alone:
// npx tsx scripts/bench-workspace.ts [N]). Generates N small articles (default 10,000) with sidecars in a
// temporary folder — made-up names, a dateline each — then, in the built worker (dist/index-worker.js,
// as the extension runs it):
//   build   — the first index of all N articles (text the process has not seen: a first pass);
//   one     — one sidecar changed, re-read and the index rebuilt (what a decision in the editor costs);
//   expand  — one entity's articles and mentions, as expanding its row asks for them;
//   lag     — the main thread's event-loop delay while the worker builds (max and p99 of a 5 ms timer's
//             lateness): what typing and hovers in the extension host would feel.
// Prints numbers, asserts nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { mergeSuggestions, serializeSidecar, setStatus } from '../src/sidecar';
import type { Entity } from '../src/core/types';
import type { IndexReply, WorkspaceEntry } from '../src/extension/workspace/index-worker';

const FIRST = ['Артём', 'Борис', 'Глеб', 'Денис', 'Егор', 'Илья', 'Кирилл', 'Лев', 'Марк', 'Никита', 'Олег', 'Павел', 'Роман', 'Степан', 'Тимур'];
const LAST = ['Агапов', 'Белов', 'Вершинин', 'Гаврилов', 'Долгов', 'Ермолин', 'Жданов', 'Зимин', 'Игнатов', 'Карпов', 'Лаптев', 'Мухин', 'Носов', 'Орлов'];
const ORG = ['Агентство', 'Служба', 'Комитет', 'Фонд', 'Совет'];
const ORG_OF = ['водных ресурсов', 'дорожного надзора', 'городского хозяйства', 'связи', 'культуры', 'спорта', 'транспорта', 'энергетики'];
const CITY = ['ОМСК', 'ТОМСК', 'КАЗАНЬ', 'САМАРА', 'ПЕРМЬ', 'УФА', 'ТВЕРЬ', 'ОРЁЛ'];
const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** One small article and its sidecar's entities; `i` picks the names, so the workspace has repeats. */
function article(i: number): { text: string; entities: Entity[] } {
  const pick = <T>(xs: T[], k: number) => xs[(i * 7 + k * 13) % xs.length];
  const person = `${pick(FIRST, 1)} ${pick(LAST, 2)}`;
  const other = `${pick(FIRST, 3)} ${pick(LAST, 5)}`;
  const org = `${pick(ORG, 4)} ${pick(ORG_OF, 6)}`;
  const city = pick(CITY, 7);
  const head = `${city}, ${1 + (i % 28)} ${pick(MONTHS, 8)} ${2020 + (i % 6)} года. /ТАСС/.`;
  const text = `Новость номер ${i}\n${head} ${person} встретился с руководством: ${org} обсудил планы.\nПо словам ${other}, работы начнутся весной. ${org} и ${person} подпишут договор.\n`;
  const ents: Entity[] = [];
  const add = (quote: string, type: Entity['type'], norm: string, from = 0) => {
    const start = text.indexOf(quote, from);
    ents.push({ type, text: quote, start, end: start + quote.length, norm });
    return start + quote.length;
  };
  add(city, 'LOC', city[0] + city.slice(1).toLowerCase());
  let at = add(person, 'PER', person);
  at = add(org, 'ORG', org, at);
  add(other, 'PER', other);
  add(org, 'ORG', org, at);
  add(person, 'PER', person, at);
  return { text, entities: ents };
}

const post = <T>(w: Worker, req: { op: 'update'; read: string[]; drop: string[]; suffix: string } | { op: 'entity'; key: string }) =>
  new Promise<T>((res, rej) => {
    w.once('message', (r: T & { error?: string }) => (r.error ? rej(new Error(r.error)) : res(r)));
    w.postMessage({ ...req, id: 1 });
  });
const ask = (w: Worker, read: string[]) => post<IndexReply>(w, { op: 'update', read, drop: [], suffix: '.annotations.yaml' });

export async function benchWorkspace(n: number): Promise<Array<[string, string]>> {
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-workspace-bench-'));
  try {
    const files: string[] = [];
    for (let i = 0; i < n; i++) {
      const { text, entities } = article(i);
      const file = join(dir, `a${String(i).padStart(5, '0')}.txt`);
      let list = mergeSuggestions(undefined, entities);
      if (i % 3 === 0) list = setStatus(list, list[1].id, 'accepted');
      writeFileSync(file, text);
      writeFileSync(`${file}.annotations.yaml`, serializeSidecar(undefined, `a${String(i).padStart(5, '0')}.txt`, text, list));
      files.push(file);
    }
    const worker = new Worker(resolve(__dirname, '../dist/index-worker.js'));
    // The main thread's lateness on a 5 ms timer while the worker works.
    const late: number[] = [];
    let expected = performance.now() + 5;
    const tick = setInterval(() => {
      const now = performance.now();
      late.push(Math.max(0, now - expected));
      expected = now + 5;
    }, 5);
    const t0 = performance.now();
    const first = await ask(worker, files);
    const buildMs = performance.now() - t0;
    clearInterval(tick);
    const t1 = performance.now();
    const one = await ask(worker, [files[n >> 1]]);
    const oneMs = performance.now() - t1;
    const t2 = performance.now();
    const big = [...one.rows].sort((a, b) => b.articles - a.articles)[0];
    const detail = await post<{ entry?: WorkspaceEntry }>(worker, { op: 'entity', key: big.key });
    const expandMs = performance.now() - t2;
    await worker.terminate();
    late.sort((a, b) => a - b);
    const p99 = late[Math.min(late.length - 1, Math.floor(0.99 * late.length))] ?? 0;
    return [
      [
        `build ${n} articles (first pass)`,
        `${(buildMs / 1000).toFixed(2)} s wall (${first.ms.toFixed(0)} ms in the worker), ${first.rows.length} entities, ${first.articles} articles`,
      ],
      ['one sidecar changed', `${oneMs.toFixed(0)} ms wall (${one.ms.toFixed(0)} ms in the worker)`],
      [`expand the largest entity (${detail.entry?.articles.length} articles)`, `${expandMs.toFixed(0)} ms wall`],
      ['main thread lag while building', `max ${late[late.length - 1]?.toFixed(1) ?? 0} ms, p99 ${p99.toFixed(1)} ms over ${late.length} ticks`],
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? 10000);
  benchWorkspace(n).then(
    (rows) => {
      for (const [k, v] of rows) console.log(`  ${k}: ${v}`);
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
