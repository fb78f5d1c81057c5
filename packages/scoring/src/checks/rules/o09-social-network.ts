/**
 * O9 Social Network: links from the agency's website to its social networks (Facebook, X/Twitter, Instagram, LINE,
 * YouTube, TikTok). Icons without text count, and so do links in the footer of every page — the NACC accepts the home
 * page for this item. Share buttons (sharer.php, intent/tweet) are not the agency's network.
 */
import { criterion, defineRule } from '../kit.js';

const SHARE = /sharer|share\.php|intent\/tweet|social-plugins\/share|lineit\/share|\/share\?|addthis|sharethis/i;

export default defineRule({
  id: 'O9',
  title: { th: 'มีช่องทางเชื่อมโยงไปยังเครือข่ายสังคมออนไลน์ของหน่วยงาน', en: "Links to the agency's social networks" },
  failureTitle: { th: 'ไม่พบลิงก์ไปยังเครือข่ายสังคมออนไลน์ของหน่วยงาน', en: "No link to the agency's social networks" },
  description: {
    th: 'ช่องทางการเชื่อมโยงไปสู่เครือข่ายสังคมออนไลน์ของหน่วยงาน เช่น Facebook, Twitter, Instagram หรือ Line ผ่านทางเว็บไซต์ของหน่วยงาน',
    en: 'Links to Facebook, Twitter, Instagram, LINE … through the agency website',
  },
  requires: ['page', 'links', 'frames'],
  keywords: ['social network', 'social media', 'เครือข่ายสังคมออนไลน์', 'สื่อสังคมออนไลน์', 'โซเชียลมีเดีย'],
  home: true,
  elements: {
    'social-link': (ctx, el) => {
      const links = ctx.page.links.filter((l) => l.kind === 'social' && !SHARE.test(l.href ?? ''));
      const first = links.find((l) => !l.inNav) ?? links[0];
      if (first) {
        const networks = [...new Set(links.map((l) => l.network))].join(', ');
        return criterion(el, true, {
          snippet: `${first.text || first.network} (${networks})`,
          path: first.path,
          ...(first.href ? { href: first.href } : {}),
        });
      }
      const plugin = ctx.page.frames.find((f) => f.kind === 'social' && /page\.php|timeline|profile/i.test(f.src));
      if (plugin)
        return criterion(el, true, {
          snippet: plugin.title || 'Facebook page plug-in',
          path: plugin.path,
          href: plugin.src,
        });
      const shares = ctx.page.links.some((l) => SHARE.test(l.href ?? ''));
      return criterion(
        el,
        false,
        null,
        shares
          ? { th: 'มีเพียงปุ่มแชร์ ไม่มีลิงก์ไปยังบัญชีของหน่วยงาน', en: "Only share buttons: no link to the agency's own accounts" }
          : { th: 'ไม่พบลิงก์ไปยังเครือข่ายสังคมออนไลน์', en: 'No social network link' },
      );
    },
  },
});
