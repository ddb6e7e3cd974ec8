/**
 * A deterministic generator of ECQ-style prose for the benchmark: CCAR examples built from
 * phrase banks, with the weaknesses the rules look for planted at realistic rates, so the
 * benchmark measures the engine doing real work, not skimming clean text.
 */

/** mulberry32: small, fast, and the same sequence on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AGENCIES = ['the Veterans Benefits Administration', 'the Forest Service', 'the Internal Revenue Service', 'the Federal Aviation Administration', 'the Defense Logistics Agency', 'the Social Security Administration', 'the National Park Service', 'the Bureau of Labor Statistics'];
const OFFICES = ['regional office', 'contracting directorate', 'operations center', 'program office', 'field division', 'data center organization'];
const PROBLEMS = ['a backlog of {n} cases older than {d} days', 'an audit that found {n} open weaknesses', 'contract award times of {d} days, twice the goal', 'attrition of {p} percent a year among new hires', 'cloud spending that had grown by {p} percent in two years'];
const STAKEHOLDERS = ['the union', 'two congressional delegations', 'the Office of Management and Budget', 'the Inspector General', 'four program offices', 'the Chief Financial Officer', 'industry associations'];
const ACTIONS = [
  'I mapped the process with the staff who ran it and removed {n} review steps that added no value.',
  'I negotiated a memorandum of understanding with {s} that set out the new schedule.',
  'I set weekly targets for each team and reviewed progress with the supervisors every Monday.',
  'I secured ${m} million through the budget process and hired {n} specialists.',
  'I briefed {s} every month and escalated two slipping milestones to the Deputy Secretary.',
  'I consolidated {n} contracts into two enterprise agreements and required every office to tag its resources.',
  'I personally reviewed the first {n} cases to set the standard for the rest.',
];
const WEAK = ['I was responsible for the rollout.', 'I helped draft the new procedures.', 'We built a dashboard that tracks every package.', 'Our team worked on the vendor transition.', 'I participated in the working group.', 'The new process was implemented by the systems team.'];
const VAGUE = ['Numerous stakeholders objected.', 'Several field offices used the system differently.', 'Morale improved significantly.', 'Various protests had been filed.'];
const RESULTS = [
  'Within {d} days the backlog fell from {n} to {k} cases, and processing time dropped {p} percent.',
  'The office saved ${m} million a year and met its targets for the first time since 2016.',
  'Attrition fell from {p} to {q} percent in two years, and {k} staff earned promotions.',
  'Customer satisfaction improved and field offices said the new system was easier to use.',
];
const ECQS = ['Commitment to the Rule of Law and the Principles of the American Founding', 'Driving Efficiency', 'Merit and Competence', 'Leading People', 'Achieving Results'];

export function generateCorpus(bytes: number, seed = 42): string {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const num = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo));
  const fill = (t: string): string =>
    t
      .replace(/\{n\}/g, () => String(num(12, 900)))
      .replace(/\{k\}/g, () => String(num(2, 300)))
      .replace(/\{d\}/g, () => String(num(20, 400)))
      .replace(/\{p\}/g, () => String(num(5, 70)))
      .replace(/\{q\}/g, () => String(num(2, 20)))
      .replace(/\{m\}/g, () => (num(10, 900) / 10).toFixed(1))
      .replace(/\{s\}/g, () => pick(STAKEHOLDERS));
  const parts: string[] = [];
  let length = 0;
  let section = 0;
  while (length < bytes) {
    const ecq = ECQS[section % ECQS.length]!;
    section++;
    const paragraphs = [`## ECQ ${(section - 1) % 5 + 1}: ${ecq}`];
    const year = num(2012, 2026);
    const agency = pick(AGENCIES);
    paragraphs.push(
      fill(`In ${year} the ${pick(OFFICES)} I lead at ${agency}, with ${num(80, 2000)} employees and a $${num(20, 900)} million budget, faced ${pick(PROBLEMS)}. ${r() < 0.5 ? pick(VAGUE) : ''} ${pick(STAKEHOLDERS)[0]!.toUpperCase()}${pick(STAKEHOLDERS).slice(1)} expected a plan within ${num(30, 120)} days.`),
    );
    for (let a = 0; a < 3; a++) {
      paragraphs.push([pick(ACTIONS), pick(ACTIONS), r() < 0.35 ? pick(WEAK) : pick(ACTIONS)].map(fill).join(' '));
    }
    paragraphs.push(fill(pick(RESULTS)) + (r() < 0.2 ? ' The team used the ATO process and SRE practices throughout.' : ''));
    const text = paragraphs.join('\n\n') + '\n\n';
    parts.push(text);
    length += text.length;
  }
  return parts.join('');
}
