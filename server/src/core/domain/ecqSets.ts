/**
 * The two sets of Executive Core Qualifications, as data.
 *
 * Source: shared/reference/ses-domain.md §1. The 2025 set comes from OPM's memo of
 * May 29, 2025 (in force since Oct 1, 2025); the legacy set was in force from Oct 2006
 * to Sep 2025 and still appears in drafts and some postings. Definitions are paraphrased.
 */

export type EcqSetId = '2025' | 'legacy';

export interface Competency {
  readonly name: string;
  readonly description: string;
}

export interface EcqDefinition {
  /** Stable id, e.g. `2025.driving-efficiency`. */
  readonly id: string;
  readonly set: EcqSetId;
  /** 1-based position in its set, as postings number them. */
  readonly number: number;
  readonly name: string;
  /**
   * Other ways drafts title this ECQ. Matching is by content words, so an alias only
   * needs the distinctive words (see `matchEcqHeading`).
   */
  readonly aliases: readonly string[];
  readonly definition: string;
  readonly competencies: readonly Competency[];
}

export interface EcqSet {
  readonly id: EcqSetId;
  readonly label: string;
  readonly ecqs: readonly EcqDefinition[];
  /** Competencies the whole narrative should show, not tied to one ECQ (legacy set only). */
  readonly fundamentalCompetencies: readonly Competency[];
}

const ecqs2025: EcqDefinition[] = [
  {
    id: '2025.rule-of-law',
    set: '2025',
    number: 1,
    name: 'Commitment to the Rule of Law and the Principles of the American Founding',
    aliases: ['Rule of Law', 'Commitment to the Rule of Law', 'Principles of the American Founding'],
    definition:
      'Knows how the American system of government works; is committed to the Constitution, the rule of law and serving the American people.',
    competencies: [
      { name: 'American System of Government', description: 'Understands the separation of powers, federalism and how the Federal Government works.' },
      { name: 'Commitment to the Rule of Law', description: 'Upholds the Constitution and the law, and carries out lawful policy faithfully.' },
      { name: 'Civic-Mindedness', description: 'Serves the American people and the public interest.' },
    ],
  },
  {
    id: '2025.driving-efficiency',
    set: '2025',
    number: 2,
    name: 'Driving Efficiency',
    aliases: ['Driving Efficiency', 'Drive Efficiency'],
    definition:
      'Manages resources strategically and budgets well, cuts wasteful spending, and improves efficiency through better processes and technology.',
    competencies: [
      { name: 'Fiscal Responsibility', description: 'Builds and defends budgets, and removes wasteful or duplicative spending.' },
      { name: 'Managing Resources', description: 'Manages people, money and assets strategically toward the mission.' },
      { name: 'Leveraging Technology', description: 'Uses technology to make operations faster, cheaper and more secure.' },
    ],
  },
  {
    id: '2025.merit-and-competence',
    set: '2025',
    number: 3,
    name: 'Merit and Competence',
    aliases: ['Merit and Competence'],
    definition:
      'Has the knowledge, ability and technical competence to produce exceptional work reliably.',
    competencies: [
      { name: 'Technical Skill', description: 'Applies the knowledge and methods of a specialty correctly.' },
      { name: 'Problem Solving', description: 'Analyses problems, weighs information, and finds and tests solutions.' },
      { name: 'Agility and Resilience', description: 'Adapts to change and stays effective under pressure and through setbacks.' },
    ],
  },
  {
    id: '2025.leading-people',
    set: '2025',
    number: 4,
    name: 'Leading People',
    aliases: ['Leading People', 'Lead People'],
    definition:
      'Leads and inspires people toward vision, mission and goals; builds a high-performance, high-accountability culture, leads people through change and holds individuals accountable.',
    competencies: [
      { name: 'Accountability', description: 'Holds self and others accountable for measurable, high-quality, timely results.' },
      { name: 'Developing Others', description: 'Builds the ability of others through feedback, learning and assignments.' },
      { name: 'Executive Judgment', description: 'Makes sound, timely decisions about people and priorities.' },
    ],
  },
  {
    id: '2025.achieving-results',
    set: '2025',
    number: 5,
    name: 'Achieving Results',
    aliases: ['Achieving Results', 'Achieve Results'],
    definition:
      'Achieves individual and organizational results aligned with the goals set by agency leadership.',
    competencies: [
      { name: 'Operational Mindset', description: 'Keeps focus on execution, delivery and measurable performance.' },
      { name: 'Innovation', description: 'Finds new ways to get the mission done.' },
      { name: 'Strategic Thinking', description: 'Sets long-term objectives and priorities, seizes opportunities and manages risk.' },
    ],
  },
];

const ecqsLegacy: EcqDefinition[] = [
  {
    id: 'legacy.leading-change',
    set: 'legacy',
    number: 1,
    name: 'Leading Change',
    aliases: ['Leading Change', 'Lead Change'],
    definition:
      'Brings about strategic change inside and outside the organization; sets a vision and carries it out while conditions change.',
    competencies: [
      { name: 'Creativity and Innovation', description: 'Develops new insights, questions convention and launches new programs or processes.' },
      { name: 'External Awareness', description: 'Tracks policies and trends and the organization\'s impact on them.' },
      { name: 'Flexibility', description: 'Is open to change and adapts fast to new information and obstacles.' },
      { name: 'Resilience', description: 'Handles pressure, stays persistent and recovers from setbacks.' },
      { name: 'Strategic Thinking', description: 'Sets long-term objectives and priorities, seizes opportunities and manages risk.' },
      { name: 'Vision', description: 'Takes the long view, builds a shared vision and acts as a catalyst for change.' },
    ],
  },
  {
    id: 'legacy.leading-people',
    set: 'legacy',
    number: 2,
    name: 'Leading People',
    aliases: ['Leading People', 'Lead People'],
    definition:
      'Leads people toward the vision, mission and goals; provides an inclusive workplace, develops others, fosters teamwork and resolves conflict.',
    competencies: [
      { name: 'Conflict Management', description: 'Encourages creative tension, prevents counterproductive confrontation and resolves disputes constructively.' },
      { name: 'Leveraging Diversity', description: 'Builds an inclusive workplace that uses differences for the mission.' },
      { name: 'Developing Others', description: 'Develops others through feedback and formal or informal learning.' },
      { name: 'Team Building', description: 'Builds team commitment, pride, trust and cooperation.' },
    ],
  },
  {
    id: 'legacy.results-driven',
    set: 'legacy',
    number: 3,
    name: 'Results Driven',
    aliases: ['Results Driven', 'Results-Driven', 'Result Driven'],
    definition:
      'Meets goals and customer expectations through decisions that use technical knowledge, problem analysis and risk judgment.',
    competencies: [
      { name: 'Accountability', description: 'Holds self and others accountable for measurable, high-quality, timely and cost-effective results.' },
      { name: 'Customer Service', description: 'Anticipates and meets internal and external customer needs.' },
      { name: 'Decisiveness', description: 'Makes timely, well-informed decisions, even with limited data.' },
      { name: 'Entrepreneurship', description: 'Spots new opportunities, improves products and services, takes calculated risks.' },
      { name: 'Problem Solving', description: 'Analyses problems, weighs information, and generates and evaluates solutions.' },
      { name: 'Technical Credibility', description: 'Applies the rules, principles and policies of a specialty correctly.' },
    ],
  },
  {
    id: 'legacy.business-acumen',
    set: 'legacy',
    number: 4,
    name: 'Business Acumen',
    aliases: ['Business Acumen'],
    definition: 'Manages human, financial and information resources strategically.',
    competencies: [
      { name: 'Financial Management', description: 'Handles budget, procurement and spending control, and sets cost-benefit priorities.' },
      { name: 'Human Capital Management', description: 'Staffs to goals and budget; recruits, appraises and rewards; deals with poor performance.' },
      { name: 'Technology Management', description: 'Stays current, uses technology for results and keeps systems secure.' },
    ],
  },
  {
    id: 'legacy.building-coalitions',
    set: 'legacy',
    number: 5,
    name: 'Building Coalitions',
    aliases: ['Building Coalitions', 'Build Coalitions', 'Building Coalitions and Communication'],
    definition:
      'Builds coalitions inside the organization and with other agencies, state and local governments, nonprofits, the private sector, foreign governments and international bodies.',
    competencies: [
      { name: 'Partnering', description: 'Builds networks and alliances across boundaries.' },
      { name: 'Political Savvy', description: 'Reads internal and external politics and acts on them.' },
      { name: 'Influencing/Negotiating', description: 'Persuades, builds consensus through give and take, and wins cooperation.' },
    ],
  },
];

export const ECQ_SETS: Readonly<Record<EcqSetId, EcqSet>> = {
  '2025': {
    id: '2025',
    label: '2025 ECQs (OPM memo of May 29, 2025; in force since Oct 1, 2025)',
    ecqs: ecqs2025,
    fundamentalCompetencies: [],
  },
  legacy: {
    id: 'legacy',
    label: 'Pre-2025 ECQs (in force Oct 2006 to Sep 2025)',
    ecqs: ecqsLegacy,
    fundamentalCompetencies: [
      { name: 'Interpersonal Skills', description: 'Is courteous and respectful toward others.' },
      { name: 'Oral Communication', description: 'Speaks clearly and convincingly; listens well.' },
      { name: 'Integrity/Honesty', description: 'Is honest, fair, ethical and consistent.' },
      { name: 'Written Communication', description: 'Writes clearly, concisely and convincingly.' },
      { name: 'Continual Learning', description: 'Knows own strengths and weaknesses; pursues self-development.' },
      { name: 'Public Service Motivation', description: 'Is committed to serving the public.' },
    ],
  },
};

export const ALL_ECQS: readonly EcqDefinition[] = [...ecqs2025, ...ecqsLegacy];

export function ecqById(id: string): EcqDefinition | undefined {
  return ALL_ECQS.find((e) => e.id === id);
}
