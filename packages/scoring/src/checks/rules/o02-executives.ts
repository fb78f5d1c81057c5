/**
 * O2 ข้อมูลผู้บริหาร: the head and every deputy head, each with name-surname and position (the seed's wording), and
 * their photos (METHOD.md, issue 3: the strict reading). A deputy post may be shown as vacant ("ตำแหน่งว่าง", "(ว่าง)").
 * The page is read as cards: a name and the positions that go with it, whichever comes first.
 */
import {
  cached,
  type CheckContext,
  contentPictures,
  criterion,
  defineRule,
  findPeople,
  findPositions,
  type Proof,
  snippet,
  unreadCriterion,
} from '../kit.js';

interface Card {
  name: string | null;
  head: boolean;
  deputy: boolean;
  vacant: boolean;
  hasPosition: boolean;
  proof: Proof;
}

const VACANT = /(ตำแหน่ง)?ว่าง(?![\u0e01-\u0e4e])|\(\s*ว่าง\s*\)|vacant/i;

/** The executives on the page, as name + position cards. */
export function executiveCards(ctx: CheckContext): Card[] {
  return cached(ctx.facts, CARDS, () => readCards(ctx));
}
const CARDS = Symbol('O2 cards');

function readCards(ctx: CheckContext): Card[] {
  const cards: Card[] = [];
  let current: Card | null = null;
  for (const b of ctx.page.blocks) {
    if (b.inNav) continue;
    const people = findPeople(b.text);
    const positions = findPositions(b.text).filter((p) => p.kind !== 'other');
    const vacantHere = VACANT.test(b.text) || positions.some((p) => p.vacant);
    const proof = { snippet: snippet(b.text), path: b.path };
    if (people.length > 1) {
      // Several people in one block (a table row, a list): pair each with the positions that follow it.
      people.forEach((p, k) => {
        const end = people[k + 1]?.index ?? b.text.length;
        const own = positions.filter((x) => x.index >= p.index && x.index < end);
        cards.push({
          name: p.name,
          head: own.some((x) => x.kind === 'head'),
          deputy: own.some((x) => x.kind === 'deputy'),
          vacant: false,
          hasPosition: own.length > 0,
          proof: { snippet: snippet(b.text, p.index), path: b.path },
        });
      });
      current = cards[cards.length - 1] ?? null;
      continue;
    }
    const person = people[0] ?? null;
    if (person) {
      if (current && !current.name && current.hasPosition && !current.vacant) {
        current.name = person.name;
      } else {
        current = { name: person.name, head: false, deputy: false, vacant: false, hasPosition: false, proof };
        cards.push(current);
      }
    }
    if (positions.length) {
      const head = positions.some((p) => p.kind === 'head');
      const deputy = positions.some((p) => p.kind === 'deputy');
      const sameVacantPost =
        current && !current.name && current.vacant && current.deputy === deputy && current.head === head;
      if (!current || (current.hasPosition && !person && !sameVacantPost)) {
        current = { name: null, head: false, deputy: false, vacant: false, hasPosition: false, proof };
        cards.push(current);
      }
      current.head ||= head;
      current.deputy ||= deputy;
      current.hasPosition = true;
      if (vacantHere && !person) current.vacant = true;
    } else if (vacantHere && current && !current.name) {
      current.vacant = true;
    }
  }
  return cards.filter((c) => c.hasPosition);
}

const HEAD_MISSING = { th: 'ไม่พบชื่อและตำแหน่งของผู้บริหารสูงสุด', en: "The head's name and position were not found" };

export default defineRule({
  id: 'O2',
  title: { th: 'แสดงข้อมูลผู้บริหารสูงสุดและรองผู้บริหารสูงสุดครบถ้วน', en: 'The head and the deputy heads are shown' },
  failureTitle: { th: 'ข้อมูลผู้บริหารไม่ครบถ้วน', en: 'Executive information is incomplete' },
  description: {
    th: 'ชื่อ-นามสกุล ตำแหน่ง และรูปถ่ายของผู้บริหารสูงสุดและรองผู้บริหารสูงสุดทุกคน (ตำแหน่งที่ว่างให้ระบุว่าว่าง)',
    en: 'Name, position and photo of the head and of every deputy head (a vacant post stated as vacant)',
  },
  requires: ['page', 'images'],
  keywords: [
    'ทำเนียบผู้บริหาร',
    'คณะผู้บริหาร',
    'ผู้บริหารหน่วยงาน',
    'ผู้บริหารโรงพยาบาล',
    'ผู้บริหารโรงเรียน',
    'ผู้บริหาร',
    'executives',
    'executive',
  ],
  excludes: ['การมีส่วนร่วมของผู้บริหาร', 'เจตจำนง', 'ผู้บริหารท้องถิ่นพบประชาชน'],
  elements: {
    'head-name': (ctx, el) => {
      const head = executiveCards(ctx).find((c) => c.head && c.name);
      if (head) return criterion(el, true, head.proof);
      return unreadCriterion(ctx, el) ?? imageOnly(ctx, el) ?? criterion(el, false, null, HEAD_MISSING);
    },
    'head-position': (ctx, el) => {
      const head = executiveCards(ctx).find((c) => c.head);
      if (head) return criterion(el, true, head.proof);
      return unreadCriterion(ctx, el) ?? imageOnly(ctx, el) ?? criterion(el, false, null, HEAD_MISSING);
    },
    deputies: (ctx, el) => {
      const cards = executiveCards(ctx);
      const deputies = cards.filter((c) => c.deputy && !c.head);
      if (!deputies.length) {
        if (!cards.length)
          return (
            unreadCriterion(ctx, el) ??
            imageOnly(ctx, el) ??
            criterion(el, false, null, { th: 'ไม่พบรองผู้บริหารสูงสุด', en: 'No deputy head found' })
          );
        return criterion(el, false, null, {
          th: 'ไม่พบรองผู้บริหารสูงสุด (หากว่างให้ระบุ "ตำแหน่งว่าง")',
          en: 'No deputy head found (a vacant post must be stated)',
        });
      }
      const unnamed = deputies.find((d) => !d.name && !d.vacant);
      if (unnamed)
        return criterion(el, false, unnamed.proof, {
          th: 'รองผู้บริหารบางตำแหน่งไม่มีชื่อ-นามสกุล',
          en: 'A deputy head has no name',
        });
      return criterion(el, true, deputies[0]?.proof ?? null);
    },
    photo: (ctx, el) => {
      const people = executiveCards(ctx).filter((c) => (c.head || c.deputy) && c.name).length;
      const photos =
        contentPictures(ctx).length +
        ctx.page.images.filter((i) => !i.inNav && !i.inLink && i.width !== null && i.width >= 80 && i.width < 250)
          .length;
      if (!people) return unreadCriterion(ctx, el) ?? imageOnly(ctx, el) ?? criterion(el, false, null);
      if (photos >= people) {
        const p = ctx.page.images.find((i) => !i.inNav && !i.inLink);
        return criterion(el, true, p ? { snippet: `${photos} รูป / ${people} คน`, path: p.path } : null);
      }
      return criterion(
        el,
        false,
        { snippet: `${photos} รูป / ${people} คน` },
        { th: 'รูปถ่ายไม่ครบทุกคน', en: 'Not every executive has a photo' },
      );
    },
  },
});

/** The executives shown only as one large picture (a scanned board of names): a person must read it. */
function imageOnly(ctx: CheckContext, el: Parameters<typeof criterion>[0]) {
  const p = contentPictures(ctx)[0];
  if (!p || executiveCards(ctx).length) return null;
  return criterion(
    el,
    null,
    { snippet: p.alt || p.src, path: p.path },
    { th: 'ข้อมูลผู้บริหารอยู่ในรูปภาพ: ต้องตรวจด้วยตนเอง', en: 'The executives are shown in a picture: check by hand' },
  );
}
