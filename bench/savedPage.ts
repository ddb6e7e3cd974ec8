/**
 * A job posting as a browser saves it: the announcement's own text (a posting of the
 * project's annotated set, turned into USAJOBS-style markup) inside the page around it,
 * a stylesheet and scripts in the head, navigation, a list of similar jobs and a footer.
 * The surroundings are repeated until the page reaches the size asked for, as saved
 * USAJOBS pages run to 200 KB and more, most of it not the announcement.
 */
export function savedPostingPage(postingMarkdown: string, targetBytes: number): string {
  const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body: string[] = [];
  let list: string[] = [];
  const flush = (): void => {
    if (list.length > 0) body.push(`<ul class="usajobs-list">${list.map((i) => `<li>${i}</li>`).join('')}</ul>`);
    list = [];
  };
  for (const block of postingMarkdown.split(/\n{2,}/)) {
    const text = block.trim();
    if (text === '') continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(text);
    if (heading) {
      flush();
      body.push(`<h${heading[1]!.length} class="usajobs-joa-section__header">${escape(heading[2]!)}</h${heading[1]!.length}>`);
      continue;
    }
    const items = text.split('\n').filter((l) => /^\s*[-*]\s+/.test(l));
    if (items.length > 0 && items.length === text.split('\n').length) {
      list.push(...items.map((l) => escape(l.replace(/^\s*[-*]\s+/, '')).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')));
      continue;
    }
    flush();
    body.push(`<p>${escape(text).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/\n/g, '<br>')}</p>`);
  }
  flush();
  const style = `<style>${'.usajobs-joa-banner__title{font-size:2rem;margin:0 0 1rem}.usa-nav__link:hover{color:#005ea2}\n'.repeat(40)}</style>`;
  const script = `<script>window.dataLayer=window.dataLayer||[];${'function t(a,b){return a<b?"<li>"+a+"</li>":b&&a>0}\n'.repeat(60)}</script>`;
  const nav = '<nav class="usa-nav"><ul><li><a href="/">Home</a></li><li><a href="/search">Search jobs</a></li><li><a href="/help">Help</a></li><li><a href="/signin">Sign in</a></li></ul></nav>';
  const similar = `<aside class="similar-jobs"><h2>Similar jobs</h2><ul>${Array.from({ length: 20 }, (_, i) => `<li class="usajobs-search-result--core"><a href="/job/${800000000 + i}" title="Program Analyst &amp; Manager">Supervisory Program Analyst ${i}</a> <span class="agency">Department of Veterans Affairs</span> <span>Washington, DC &ndash; $150,160 &ndash; $221,900</span></li>`).join('')}</ul></aside>`;
  // The Overview fields USAJOBS shows above the announcement: markup-heavy, little text.
  const overview = `<section class="usajobs-joa-summary"><h2>Overview</h2><dl>${[['Open &amp; closing dates', '09/08/2025 to 09/29/2025'], ['Salary', '$150,160 - $225,700 per year'], ['Pay scale &amp; grade', 'ES 00'], ['Location', '1 vacancy in the following location: Washington, DC'], ['Remote job', 'No'], ['Telework eligible', 'Yes&mdash;as determined by the agency policy.'], ['Appointment type', 'Permanent'], ['Work schedule', 'Full-time'], ['Service', 'Senior Executive'], ['Announcement number', 'OIT-SES-25-12834117'], ['Control number', '845392100']].map(([k, v]) => `<div class="usajobs-joa-summary__item"><dt class="usajobs-joa-summary__label">${k}</dt> <dd class="usajobs-joa-summary__value">${v}</dd></div>`).join('')}</dl></section>`;
  const head = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>USAJOBS - Job Announcement</title>${style}${script}</head><body>${nav}`;
  const main = `<main><div class="usajobs-joa-banner">${body.join('\n')}</div></main>`;
  let page = `${head}${main}${overview}${similar}`;
  const filler = `${similar}${script}`;
  while (page.length + filler.length < targetBytes) page += filler;
  return `${page}<footer><p>An official website of the U.S. Office of Personnel Management</p></footer></body></html>`;
}
