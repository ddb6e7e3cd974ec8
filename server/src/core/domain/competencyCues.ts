/**
 * The words that show a competency in a bullet, an example or a story, as data.
 *
 * Each cue is one or more lower-case words; a trailing `*` matches any ending
 * ("consolidat*" matches "consolidated" and "consolidation"). A cue matches whole words.
 * The cues paraphrase each competency's definition in ecqSets.ts (ses-domain.md §1: OPM's
 * definitions) and the evidence reviewers look for (§5: budget, staff, percentage change,
 * scope, stakeholders, laws). They are deliberately specific: "led" or "managed" say
 * nothing about which competency is shown, so they are not cues. The docs page
 * `docs/competencies.md` lists them (`npm run generate`).
 *
 * Competencies that the two sets share ("Strategic Thinking", "Accountability",
 * "Developing Others", "Problem Solving") share their cues.
 */
export const COMPETENCY_CUES: Readonly<Record<string, readonly string[]>> = {
  // 2025: Commitment to the Rule of Law and the Principles of the American Founding
  'American System of Government': ['congress*', 'congressional', 'appropriation*', 'statut*', 'legislat*', 'federalism', 'separation of powers', 'omb', 'office of management and budget', 'federal register', 'rulemaking', 'regulation*', 'executive order*', 'gao', 'hearing*', 'testif*', 'state and local', 'tribal'],
  'Commitment to the Rule of Law': ['law', 'laws', 'lawful*', 'legal*', 'counsel', 'privacy act', 'comply', 'complian*', 'violat*', 'inspector general', 'audit*', 'constitution*', 'ethic*', 'cure notice', 'enforc*', 'oversight', 'foia', 'records officer'],
  'Civic-Mindedness': ['public', 'citizen*', 'taxpayer*', 'american people', 'veteran*', 'borrower*', 'farmer*', 'applicants', 'communit*', 'constituen*', 'beneficiar*', 'survivor*', 'the people we serve', 'mission to serve'],
  // 2025: Driving Efficiency
  'Fiscal Responsibility': ['budget*', 'cost*', 'saved', 'saving*', 'spending', 'waste*', 'wasteful', 'duplicat*', 'avoided', 'million', 'billion', 'dollars', 'fiscal', 'overspen*', 'price*', 'discount*'],
  'Managing Resources': ['portfolio*', 'contract*', 'acquisition*', 'procure*', 'capital planning', 'reallocat*', 'consolidat*', 'assets', 'workforce plan*', 'staffing', 'positions', 'resource*', 'facilities', 'inventory'],
  'Leveraging Technology': ['cloud', 'automat*', 'software', 'digital*', 'data center*', 'analytics', 'artificial intelligence', 'ai', 'machine learning', 'platform*', 'cyber*', 'zero trust', 'mainframe', 'moderniz*', 'dashboard*', 'network*', 'application*'],
  // 2025: Merit and Competence
  'Technical Skill': ['engineer*', 'technical*', 'architect*', 'firmware', 'cobol', 'disaster recovery', 'site reliability', 'expert*', 'specialist', 'scientific', 'forensic*', 'actuarial', 'certified'],
  'Problem Solving': ['root cause*', 'diagnos*', 'analy*', 'troubleshoot*', 'solved', 'resolv*', 'restor*', 'failure*', 'defect*', 'backlog*', 'bottleneck*', 'fixed', 'investigat*'],
  'Agility and Resilience': ['crisis', 'crises', 'outage*', 'emergenc*', 'pandemic', 'setback*', 'under pressure', 'adapt*', 'pivot*', 'recover*', 'hurricane*', 'disaster*', 'shutdown', 'overnight', 'in 19 hours', 'contingenc*'],
  // 2025: Leading People
  Accountability: ['accountab*', 'performance standard*', 'performance plan*', 'metric*', 'scorecard*', 'targets', 'held * accountable', 'measur*', 'deadline*', 'on schedule', 'on time', 'reported monthly', 'kpi*'],
  'Developing Others': ['retrain*', 'mentor*', 'coach*', 'train*', 'academ*', 'develop* staff', 'development plan*', 'career ladder*', 'career path*', 'career development', 'career growth', 'their careers', 'promot*', 'succession', 'upskill*', 'reskill*', 'apprentice*', 'rotation*', 'detail assignment*'],
  'Executive Judgment': ['decid*', 'decision*', 'prioritiz*', 'priorit*', 'stopped', 'halted', 'chose', 'selected', 'trade-off*', 'tradeoff*', 'weighed', 'reorganiz*', 'recommend*', 'judgment'],
  // 2025: Achieving Results
  'Operational Mindset': ['deliver*', 'execute*', 'executing', 'execution*', 'operation*', 'availability', 'uptime', 'downtime', 'throughput', 'cycle time', 'processing time', 'turnaround', 'service level*', 'production', 'milestone*', 'cutover'],
  Innovation: ['innovat*', 'pilot*', 'introduc*', 'redesign*', 'reinvent*', 'prototyp*', 'experiment*', 'created', 'launched', 'invented', 'novel'],
  'Strategic Thinking': ['strateg*', 'long-term', 'roadmap*', 'multi-year', 'five-year', 'vision', 'risk*', 'forecast*', 'foresight', 'scenario*', 'enterprise-wide', 'department-wide', 'agency-wide'],

  // Pre-2025: Leading Change
  'Creativity and Innovation': ['innovat*', 'pilot*', 'introduc*', 'redesign*', 'reinvent*', 'prototyp*', 'experiment*', 'created', 'launched', 'invented', 'novel', 'new approach*'],
  'External Awareness': ['policy', 'policies', 'trend*', 'legislat*', 'congress*', 'industry', 'benchmark*', 'omb', 'gao', 'external', 'regulation*', 'national'],
  Flexibility: ['adapt*', 'adjust*', 'pivot*', 'chang* course', 'new information', 'reprioritiz*', 'flexib*', 'revised'],
  Resilience: ['setback*', 'under pressure', 'persist*', 'recover*', 'crisis', 'crises', 'outage*', 'emergenc*', 'despite', 'pandemic'],
  Vision: ['vision', 'long-term', 'future', 'transform*', 'catalyst', 'shared goal*', 'north star', 'roadmap*', 'five-year', 'multi-year'],
  // Pre-2025: Leading People
  'Conflict Management': ['conflict*', 'dispute*', 'grievanc*', 'mediat*', 'tension*', 'disagree*', 'reconcil*', 'impasse', 'union'],
  'Leveraging Diversity': ['divers*', 'inclus*', 'different backgrounds', 'perspectives', 'multigenerational', 'accessib*', 'equal employment', 'eeo'],
  'Team Building': ['team*', 'morale', 'trust', 'cohesi*', 'cross-functional', 'esprit', 'engagement', 'collaborat*', 'fevs', 'retention'],
  // Pre-2025: Results Driven
  'Customer Service': ['customer*', 'stakeholder*', 'satisfaction', 'user*', 'client*', 'wait time*', 'veteran*', 'public', 'citizen*', 'service*'],
  Decisiveness: ['decid*', 'decision*', 'stopped', 'halted', 'chose', 'selected', 'limited data', 'quickly', 'within hours', 'within days', 'immediately'],
  Entrepreneurship: ['opportunit*', 'calculated risk*', 'business case*', 'revenue*', 'fee*', 'reimbursable', 'new service*', 'market*', 'shared service*'],
  'Technical Credibility': ['engineer*', 'technical*', 'architect*', 'regulation*', 'polic*', 'standard*', 'expert*', 'specialist', 'certified', 'far', 'federal acquisition regulation'],
  // Pre-2025: Business Acumen
  'Financial Management': ['budget*', 'cost*', 'saved', 'saving*', 'spending', 'procure*', 'million', 'billion', 'dollars', 'fiscal', 'funding', 'funds', 'appropriation*', 'cost-benefit'],
  'Human Capital Management': ['hir*', 'recruit*', 'staff*', 'vacanc*', 'workforce', 'performance appraisal*', 'reward*', 'award*', 'poor performance', 'reassign*', 'retrain*', 'employees', 'fte*', 'positions'],
  'Technology Management': ['cloud', 'automat*', 'software', 'digital*', 'data center*', 'analytics', 'artificial intelligence', 'ai', 'platform*', 'cyber*', 'zero trust', 'mainframe', 'moderniz*', 'system*', 'network*'],
  // Pre-2025: Building Coalitions
  Partnering: ['partner*', 'alliance*', 'coalition*', 'interagency', 'across agencies', 'memorandum of understanding', 'mou', 'state and local', 'industry', 'academia', 'working group*', 'joint*'],
  'Political Savvy': ['political*', 'congress*', 'congressional', 'leadership', 'secretary', 'administrator', 'deputy secretary', 'omb', 'appointee*', 'hill', 'briefed'],
  'Influencing/Negotiating': ['negotiat*', 'persuad*', 'consensus', 'buy-in', 'convinc*', 'agreement*', 'win over', 'allies', 'brokered', 'secured support', 'won support'],
  // Pre-2025: fundamental competencies
  'Interpersonal Skills': ['listen*', 'respect*', 'empath*', 'relationship*', 'sat down with', 'rapport', 'courteous'],
  'Oral Communication': ['brief*', 'present*', 'testif*', 'town hall*', 'spoke', 'speech*', 'explained', 'conference*'],
  'Integrity/Honesty': ['integrity', 'ethic*', 'honest*', 'transparen*', 'disclos*', 'refused', 'would not sign', 'inspector general', 'whistleblow*'],
  'Written Communication': ['wrote', 'written', 'drafted', 'memo*', 'report*', 'guidance', 'policy paper*', 'white paper*', 'published'],
  'Continual Learning': ['learn*', 'certificat*', 'degree', 'course*', 'studied', 'self-development', 'feedback', 'lessons learned'],
  'Public Service Motivation': ['public service', 'public', 'citizen*', 'taxpayer*', 'veteran*', 'mission', 'communit*', 'the people we serve', 'american people'],
};
