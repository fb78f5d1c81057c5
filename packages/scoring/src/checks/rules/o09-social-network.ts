/**
 * O9 Social Network: links from the agency's website to its social networks (Facebook, Twitter/X, Instagram, LINE,
 * YouTube, TikTok …). Icons without text count; so do links in the footer of every page. Share buttons do not.
 */
import { criterion } from '../lib.js';
import { defineRule } from '../define.js';

const SHARE = /sharer|share\.php|intent\/tweet|social-plugins\/share|lineit\/share|\/share\?/i;

export default defineRule({
  id: 'O9',
  title: { th: 'มีช่องทางเชื่อมโยงไปยังเครือข่ายสังคมออนไลน์ของหน่วยงาน', en: "Links to the agency's social networks" },
  failureTitle: { th: 'ไม่พบลิงก์ไปยังเครือข่ายสังคมออนไลน์ของหน่วยงาน', en: 'No link to a social network of the agency' },
  description: {
    th: 'ช่องทางการเชื่อมโยงไปสู่เครือข่ายสังคมออนไลน์ของหน่วยงาน เช่น Facebook, Twitter, Instagram หรือ Line ผ่านทางเว็บไซต์ของหน่วยงาน',
    en: 'Links to Facebook, Twitter, Instagram, LINE … through the agency website',
  },
  requires: ['page', 'links'],
  keywords: ['social network', 'social media', 'เครือข่ายสังคมออนไลน์', 'สื่อสังคมออนไลน์', 'facebook', 'line'],
  elements: {
    'social-link': (ctx, el) => {
      const links = ctx.page.links.filter((l) => l.kind === 'social' && !SHARE.test(l.href ?? ''));
      const first = links.find((l) => !l.inNav) ?? links[0];
      if (!first) return criterion(el, false, null);
      const networks = [...new Set(links.map((l) => l.network))].join(', ');
      return criterion(el, true, { snippet: `${first.text || first.network} (${networks})`, path: first.path, ...(first.href ? { href: first.href } : {}) });
    },
  },
});
