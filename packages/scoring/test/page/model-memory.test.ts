import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run.js';
import { getFramework } from '../../src/frameworks/index.js';
import { buildPageModel, mainTextStart, parseHtml } from '../../src/page/model.js';

const framework = getFramework('nacc-ita-2564');
const url = 'https://www.nakhonphrai.go.th/contact';
const page = (entries: number) =>
  `<html><head><title>ติดต่อเรา</title></head><body><nav><a href="/">หน้าแรก</a></nav><h1>ข้อมูลการติดต่อ</h1>${Array.from(
    { length: entries },
    (_, k) =>
      `<div class="media"><h5><a href="/news/${k}">ข่าวที่ ${k} ประจำปีงบประมาณ พ.ศ. 2564</a></h5><p>วันที่ ${1 + (k % 28)} มีนาคม 2564 โทร 0-4351-10${k % 10}0 <a href="/doc-${k}.pdf">เอกสาร</a></p></div>`,
  ).join('')}</body></html>`;

describe('a built page model as an object', () => {
  it('has its keys in their order, its texts joined when read, and settable', () => {
    const p = buildPageModel(page(3), url);
    expect(Object.keys(p)).toEqual([
      'url',
      'title',
      'lang',
      'description',
      'headings',
      'breadcrumbs',
      'text',
      'mainText',
      'blocks',
      'links',
      'forms',
      'frames',
      'images',
      'tables',
      'scripts',
      'size',
      'truncated',
      'source',
    ]);
    expect(p.text.split('\n')[0]).toBe('หน้าแรก');
    expect(p.mainText.startsWith('ข้อมูลการติดต่อ\nข่าวที่ 0')).toBe(true);
    const json = JSON.parse(JSON.stringify(p));
    expect(json.mainText).toBe(p.mainText);
    expect(Object.keys(json)).toEqual(Object.keys(p));
    // A copy is plain data; the copy's texts are the model's.
    const copy = { ...p };
    expect(Object.getOwnPropertyDescriptor(copy, 'text')?.value).toBe(p.text);
    expect(Object.getOwnPropertySymbols(copy)).toEqual([]);
    // Set texts stay set, and the content's start follows them.
    p.mainText = 'ข้อความใหม่ทั้งหมด';
    p.text = 'อื่น';
    expect(p.mainText).toBe('ข้อความใหม่ทั้งหมด');
    expect(p.text).toBe('อื่น');
    expect(mainTextStart(p, 7)).toBe('ข้อความ');
    // Two models do not share their texts.
    const q = buildPageModel(page(3), url);
    expect(q.mainText.startsWith('ข้อมูลการติดต่อ')).toBe(true);
    expect(mainTextStart(q, 15)).toBe('ข้อมูลการติดต่อ');
  });

  it('checks a frozen page as it checks the same page unfrozen, and again from what was prepared', () => {
    const open = runChecks(buildPageModel(page(5), url), framework);
    const frozen = Object.freeze(buildPageModel(page(5), url));
    const first = runChecks(frozen, framework);
    expect(first).toEqual(open);
    expect(runChecks(frozen, framework)).toEqual(first);
    // What the checks prepared is not an enumerable part of the page.
    const p = buildPageModel(page(5), url);
    runChecks(p, framework);
    expect(Object.keys(p)).toHaveLength(18);
    expect(JSON.stringify(p)).toBe(JSON.stringify(buildPageModel(page(5), url)));
  });
});

describe('memory: a page checked and dropped', () => {
  // A page's model and facts used to be kept alive through the young generation's collections by hidden classes of
  // their own (getters written in object literals) and by WeakMaps whose values refer to the page: each page was
  // copied, then moved to the old generation, where it stayed until the next full collection. Checked here: sixty
  // pages checked one after another, the collector left to run as it does, grow the old generation by far less than
  // sixty pages' worth. (Measured in the whole suite, least of five rounds: about 20 MB before; 0.03-2.8 MB now.)
  it('is not moved to the old generation by young-generation collections', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const $ = parseHtml(page(600));
    const oldSpace = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')?.space_used_size ?? 0;
    // (In a function of its own: no variable of the loop below holds a page while the collector runs.)
    const checkOnce = () => {
      const p = buildPageModel($, url);
      runChecks(p, framework);
      return p.links.length;
    };
    for (let k = 0; k < 5; k++) checkOnce();
    // The least growth of five rounds: a full collection the heap started by itself (other work in this process)
    // can promote what a round allocated while it marks; a page kept alive is promoted in every round.
    const rounds: number[] = [];
    let links = 0;
    for (let round = 0; round < 5; round++) {
      gc();
      const before = oldSpace();
      for (let k = 0; k < 60; k++) links += checkOnce();
      rounds.push(oldSpace() - before);
    }
    expect(links).toBe(5 * 60 * 1201);
    expect(Math.min(...rounds)).toBeLessThan(8_000_000);
  });
});
