/**
 * O7 ข่าวประชาสัมพันธ์: news about the agency's work, of the fiscal year (FY2564: dated 1 Oct 2020 – 30 Sep 2021).
 * News: at least two entries (links or paragraphs) in the content; the year is read from their dates.
 */
import { criterion, defineRule, extractYears, snippet } from '../kit.js';

export default defineRule({
  id: 'O7',
  title: { th: 'มีข่าวประชาสัมพันธ์การดำเนินงานของปีงบประมาณ', en: "News of the agency's work in the fiscal year" },
  failureTitle: { th: 'ไม่พบข่าวประชาสัมพันธ์ของปีงบประมาณที่กำหนด', en: 'No news of the required fiscal year' },
  description: {
    th: 'ข้อมูลข่าวสารที่เกี่ยวข้องกับการดำเนินงานตามอำนาจหน้าที่หรือภารกิจของหน่วยงาน ของปีงบประมาณที่ประเมิน',
    en: "News about the agency's work under its duties, of the assessed fiscal year",
  },
  keywords: ['ข่าวประชาสัมพันธ์', 'ข่าวสาร', 'ข่าวกิจกรรม', 'ข่าวหน่วยงาน', 'ข่าวโรงพยาบาล', 'ข่าวกรม', 'news'],
  excludes: ['ข้อมูลข่าวสาร', 'ประชาสัมพันธ์ช่องทาง', 'ข่าวจัดซื้อจัดจ้าง', 'ข่าวประกวดราคา', 'ประกาศจัดซื้อ'],
  elements: {
    news: (ctx, el) => {
      if (ctx.facts.isDocument)
        return criterion(el, ctx.page.mainText.length > 200, { snippet: snippet(ctx.page.mainText) });
      // Dated entries: content links or blocks that carry a date.
      const dated = ctx.page.blocks.filter(
        (b) => !b.inNav && b.text.length >= 6 && extractYears(b.text).mentions.some((m) => m.kind === 'date'),
      );
      const entries = ctx.page.links.filter(
        (l) => !l.inNav && (l.kind === 'internal' || l.kind === 'external') && l.text.length >= 15,
      );
      if (dated.length >= 2 || (entries.length >= 2 && dated.length >= 1))
        return criterion(el, true, {
          snippet: snippet((dated[0] ?? entries[0])?.text ?? ''),
          path: (dated[0] ?? entries[0])?.path ?? '',
        });
      return criterion(el, false, null, { th: 'ไม่พบรายการข่าว', en: 'No news entries' });
    },
    'fiscal-year': 'fiscal-year',
  },
});
