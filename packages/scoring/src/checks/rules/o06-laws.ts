/** O6 กฎหมายที่เกี่ยวข้อง: the laws the agency works under — acts, decrees, ministerial rules, by-laws, regulations. */
import { criterion, defineRule, snippet, unreadCriterion } from '../kit.js';

/** A law's title as agencies list them. */
const LAW =
  /(พระราชบัญญัติ|พ\.ร\.บ\.|พระราชกฤษฎีกา|พ\.ร\.ฎ\.|พระราชกำหนด|กฎกระทรวง|ระเบียบ[\u0e01-\u0e4e]|ข้อบัญญัติ|เทศบัญญัติ|ข้อบังคับ|ประกาศ(?:กระทรวง|คณะกรรมการ|สำนักนายก)|มติคณะรัฐมนตรี|ประมวลกฎหมาย|รัฐธรรมนูญ|\bact\b|regulation)/i;

export default defineRule({
  id: 'O6',
  title: { th: 'แสดงกฎหมายที่เกี่ยวข้องกับหน่วยงาน', en: 'The laws the agency works under are listed' },
  failureTitle: { th: 'ไม่พบรายการกฎหมายที่เกี่ยวข้อง', en: 'No laws listed' },
  description: {
    th: 'กฎหมายต่าง ๆ ที่เกี่ยวข้องกับหน่วยงาน เช่น พระราชบัญญัติ พระราชกฤษฎีกา กฎกระทรวง ข้อบัญญัติ ประกาศ ระเบียบ หรือมติคณะรัฐมนตรี',
    en: 'Acts, decrees, ministerial regulations, by-laws, announcements, regulations or cabinet resolutions',
  },
  keywords: [
    'กฎหมายที่เกี่ยวข้อง',
    'กฎหมายที่เกี่ยวข้องกับหน่วยงาน',
    'ระเบียบกฎหมาย',
    'กฎหมาย ระเบียบ',
    'laws and regulations',
    'related laws',
  ],
  elements: {
    laws: (ctx, el) => {
      // At least two laws named in the content (in text or as links).
      const found = ctx.page.blocks.filter((b) => !b.inNav && LAW.test(b.text) && b.text.length <= 600);
      if (found.length >= 2)
        return criterion(el, true, {
          snippet: found
            .slice(0, 3)
            .map((b) => snippet(b.text, 0, 70))
            .join(' · '),
          path: found[0]?.path ?? '',
        });
      const inDoc = ctx.facts.readDocuments.find((d) => d.text.split('\n').filter((l) => LAW.test(l)).length >= 2);
      if (inDoc) return criterion(el, true, { snippet: snippet(inDoc.text), href: inDoc.url });
      if (found.length === 1 && ctx.facts.isDocument)
        return criterion(el, true, { snippet: snippet(found[0]?.text ?? ''), path: found[0]?.path ?? '' });
      return unreadCriterion(ctx, el) ?? criterion(el, false, null, { th: 'ไม่พบชื่อกฎหมาย', en: 'No law named' });
    },
  },
});
