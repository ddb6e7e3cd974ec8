/**
 * Word lists for reading job postings. Key terms are ranked by how much they say about
 * one posting compared with ordinary English (the tiers below) and with other postings
 * (background.ts); these lists say what never counts at all.
 */

function words(text: string): Set<string> {
  return new Set(text.split(/\s+/).filter(Boolean));
}

/** Function words: a key term never starts or ends with one, and most split phrases. */
export const STOPWORDS = words(`
  a an the and or nor but if then than so as at by for from in into of off on onto out over to up upon with within without
  about above across after against along among around before behind below beneath beside between beyond during except
  inside near per since through throughout toward towards under underneath until unto via whether while
  i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
  this that these those who whom whose which what where when why how
  is am are was were be been being do does did doing done have has had having will would shall should can could may might must
  not no yes all any both each either every few many more most much neither none other others own same several some such
  also only just very too again further once here there now often always never ever
  one two three four five six seven eight nine ten first second third
  etc e.g i.e eg ie
`);

/**
 * Words of the posting's own machinery and generic management language: they appear in
 * nearly every SES announcement, so alone they say nothing about this one. Inside a phrase
 * they are kept ("acquisition strategy"), but a key term needs at least one other word.
 */
export const GENERIC_POSTING_WORDS = words(`
  demonstrated demonstrate demonstrating demonstrates experience experiences experienced ability abilities knowledge knowledgeable
  skill skills skilled expert expertise extensive proven broad strong effective effectively successful successfully significant
  various related relevant including include includes included includ such major key senior executive executives level levels
  position positions incumbent applicant applicants candidate candidates duty duties responsibility responsibilities responsible
  qualification qualifications qualified requirement requirements required require requires ensure ensures ensuring provide provides
  providing serve serves serving work works working involve involves involving well new wide wide-ranging range areas area
  lead leads leading led leader leaders leadership manage manages managing managed direct directs directing directed oversee
  oversees overseeing oversaw supervise supervises supervising develop develops developing establish establishes establishing
  carry carries carrying execute executes executing implement implements implementing coordinate coordinates
  coordinating advise advises advising represent represents representing recommend recommends act acts acting apply applying
  organization organizations organizational agency agencies department departments office offices federal government governmental
  program programs programmatic service services mission missions goal goals objective objectives policy policies issue issues
  matter matters activity activities function functions operation operations initiative initiatives effort efforts complex
  complexity high-level large large-scale wide multiple diverse variety overall total entire full principal primary chief
  assigned assignment assignments appropriate necessary needed need needs make makes making take takes taking use uses using
  staff personnel employee employees team teams people individual individuals member members officials official stakeholder
  stakeholders partner partners customer customers year years month months day days time bureau bureaus
  announcement vacancy job jobs applicant's resume resumes narrative narratives statement statements ses ecq ecqs tq tqs mtq mtqs ptq ptqs
  director directors deputy administrator administrators associate assistant secretary chief officer officers commissioner
  manager managers supervisor supervisors head heads percent
  reinstatement probationary probation eligibility eligible ineligible questionnaire supplemental upload uploaded click disqualified
  consideration documentation documents document transcripts noncompetitive non-competitive qualify qualifying
  strategic strategically rigorous rigor adherence exceptional exceptionally sophisticated broader maximize maximizes maximizing
  alignment aligned aligning vision visionary standards excellence outstanding innovative innovation critical crucial essential
  vital robust seamless seamlessly holistic dynamic proactive optimal optimize optimizes optimizing effectiveness efficiency
  efficient efficiently enhance enhances enhanced enhancing improve improves improved improving ideal basic capability capabilities
  typical typically unusual considerable sound superior excellent exemplary best-in-class world-class cutting-edge
  resume-based resume-only method methods
`);

/**
 * Phrases that belong to every announcement's boilerplate; none is ever a key term.
 * Written in words; they are compared after stemming.
 */
export const BOILERPLATE_PHRASES: readonly string[] = [
  'equal opportunity', 'equal employment opportunity', 'reasonable accommodation', 'how to apply', 'senior executive service',
  'executive core qualifications', 'executive core qualification', 'technical qualifications', 'mandatory technical qualifications',
  'professional technical qualifications', 'qualifications review board', 'candidate development program', 'probationary period',
  'public financial disclosure', 'financial disclosure report', 'selective service', 'veterans preference', "veterans' preference",
  'security clearance', 'closing date', 'selecting official', 'two-page resume', 'career ses', 'federal service', 'u.s. citizens',
  'u.s citizens', 'office of personnel management', 'executive resources', 'national origin', 'thrift savings plan',
  'background investigation', 'drug test', 'pay scale', 'relocation expenses', 'work schedule', 'appointment type', 'announcement number',
  'control number', 'job family', 'supervisory status', 'position sensitivity', 'telework eligible', 'travel required',
  'criminal history', 'false statements', 'privacy act', 'social security number', 'e-verify', 'direct deposit',
  'rule of law', 'american founding', 'american system of government', 'merit and competence', 'driving efficiency',
  'achieving results', 'leading people', 'leading change', 'results driven', 'business acumen', 'building coalitions',
  'fundamental competencies', 'best qualified', 'best-qualified', 'rating panel', 'executive resources board', 'structured interview',
  'standards of ethical conduct', 'ethical conduct', 'usajobs', 'gs-15', 'full-time', 'permanent', 'salary',
  // Application machinery and the 2025 announcement template (OPM's May 2025 SES hiring memo).
  'please click', 'click here', 'document upload section', 'document upload', 'supplemental statement', 'supplemental narrative',
  'efficiency of the federal government', 'american republic', 'ideals of our american republic', 'united states constitution',
  'separate documents', 'separate document', 'mandatory technical competencies', 'mandatory technical competency', 'technical competencies',
  'accomplishment statement', 'two-page resume', '2-page resume', 'page limit', 'resume-only', 'merit hiring plan', 'reinstatement eligibility',
  'noncompetitive', 'non-competitive', 'sf-50', 'performance appraisal', 'cover letter', 'declaration for federal employment',
  'status candidates', 'all groups of qualified individuals', 'career appointment', 'career ses', 'ses candidate development',
  // Words no term of a job is made with: a term that contains one is about applying.
  'resume', 'resumes', 'questionnaire', 'reinstatement', 'probationary', 'usajobs', 'eligibility',
];

/** Headings of the sections that are the same in every announcement. Their text yields no key terms. */
export const BOILERPLATE_HEADINGS: readonly RegExp[] = [
  /^how to apply\b/i, /^benefits?\b/i, /^required documents?\b/i, /^fair (?:&|and) transparent\b/i, /^equal (?:employment )?opportunity\b/i,
  /^reasonable accommodation\b/i, /^agency contact\b/i, /^next steps?\b/i, /^conditions? of employment\b/i, /^education\b/i,
  /^additional information\b/i, /^how you will be evaluated\b/i, /^this job is open to\b/i, /^who may apply\b/i, /^clarification from the agency\b/i,
  /^criminal history\b/i, /^financial suitability\b/i, /^selective service\b/i, /^(?:new employee )?probationary period\b/i,
  /^signature and false statements\b/i, /^privacy act\b/i, /^social security (?:number|card)\b/i, /^overview\b/i, /^help\b/i, /^locations?\b/i,
  /^learn more\b/i, /^read more\b/i, /^see (?:our )?benefits\b/i, /^background checks?\b/i, /^security clearance\b/i,
];

/** Text of the page around a posting pasted from a browser, never its title. */
export const PAGE_FURNITURE: readonly RegExp[] = [
  /^skip to main content$/i, /^an official website of the united states government$/i, /^here['’]s how you know$/i, /^usajobs\b/i,
  /^(?:apply|save|share|print|back to top|sign in|search|menu|close)(?:\s+(?:apply|save|share|print))*$/i, /^accepting applications$/i,
  /^job announcement$/i, /^dashboard$/i, /^help$/i, /^u\.?s\.? flag$/i, /^back to (?:results|search)$/i, /^learn more about this agency$/i,
  /^this job (?:announcement )?has (?:closed|expired)\b/i, /^this job listing has expired\b/i, /^reviewing applications$/i, /^federal$/i,
  /^official websites use \.gov$/i, /^secure \.gov websites use https$/i, /^(?:a )?\.gov website belongs to\b/i, /^start application$/i,
  /^(?:page\.|\{\{)/i,
];

/**
 * Ordinary English, in tiers by how common a word is. A word of tier 1 says almost
 * nothing about a posting; tier 2 and 3 words say a little more; a word in no tier is
 * judged by the other postings alone. Hand-built from general English frequency, without
 * the words of federal management, which other postings judge better.
 */
export const ENGLISH_TIER_1 = words(`
  time year people way day man thing woman life child world school state family student group country problem hand part place case
  week company system question work government number night point home water room mother area money story fact month lot right
  study book eye job word business issue side kind head house service friend father power hour game line end member law car city
  community name president team minute idea kid body information back parent face others level office door health person art war
  history party result change morning reason research girl guy moment air teacher force education be have do say get make go know
  take see come think look want give use find tell ask work seem feel try leave call good new first last long great little own other
  old right big high different small large next early young important few public bad same able good
  keep let begin help talk turn start show hear play run move like live believe hold bring happen write provide sit stand lose pay
  meet include continue set learn lead understand watch follow stop create speak read allow add spend grow open walk win offer
  remember love consider appear buy wait serve die send expect build stay fall cut reach kill remain suggest raise pass sell require
  report decide pull
`);

export const ENGLISH_TIER_2 = words(`
  able across action activity actually age ago agree ahead allow almost alone already although amount analysis animal answer anyone
  anything approach argue arm around arrive article artist attack attention audience author available avoid away baby ball bank
  bar base beat beautiful become bed behavior benefit best better billion bit black blood blue board boy brother budget building
  call camera campaign cancer candidate capital card care career carry catch cause cell center central century certain certainly
  chair challenge chance character charge check choice choose church citizen civil claim class clear clearly close coach cold
  collection college color commercial common company compare computer concern condition conference congress consider contain
  control cost could course court cover crime cultural culture cup current customer dark data daughter dead deal death debate
  decade decision deep defense degree democrat describe design despite detail determine develop development difference difficult
  dinner direction director discover discuss discussion disease doctor dog draw dream drive drop drug during each economic economy
  edge effect effort eight either election else employee energy enjoy enough enter entire environment environmental especially
  establish even evening event ever every everybody everyone everything evidence exactly example executive exist experience expert
  explain factor fail fall far fast fear federal feeling field fight figure fill film final finally financial fine finger finish
  fire firm fish five floor fly focus food foot foreign forget form former forward four free full fund future garden gas general
  generation glass goal green ground growth gun hair half hang happy hard heart heat heavy herself himself hit hope hospital hot
  hotel huge human hundred husband identify image imagine impact improve increase indeed indicate individual industry inside
  instead institution interest international interview investment involve item itself join just key kitchen knowledge land
  language large late later laugh lawyer lay learn least leg less letter lie light likely list listen local look loss low machine
  magazine main maintain major majority manage management manager market marriage material matter may maybe mean measure media
  medical meeting memory mention message method middle might military million mind miss mission model modern moment most mouth
  movement movie much music myself nation national natural nature near nearly necessary need network never news newspaper nice
  none nor north note nothing notice occur officer official oil ok once only onto operation opportunity option order organization
  outside owner page pain painting paper participant particular particularly partner past patient pattern peace per perform
  performance perhaps period personal phone physical pick picture piece plan plant player pm police policy political politics poor
  popular population position positive possible practice prepare present pressure pretty prevent price private probably process
  produce product production professional professor program project property protect prove pull purpose push quality quickly
  quite race radio range rate rather ready real reality realize really recent recently recognize record red reduce reflect region
  relate relationship religious represent republican resource respond response responsibility rest return reveal rich rise risk
  road rock role rule safe save scene science scientist score sea season seat second section security seek senior sense series
  serious set seven several sex shake share she shoot short shot should shoulder significant similar simple simply since sing
  single sister site situation six size skill skin social society soldier some somebody someone something sometimes son song
  soon sort sound source south southern space special specific speech sport spring staff stage standard star statement station
  step still stock store strategy street strong structure stuff style subject success successful such suddenly suffer summer
  support sure surface table task tax teach teaching technology television ten tend term test than thank thank theory thousand
  threat three through throughout thus today together tonight too top total tough toward town trade traditional training travel
  treat treatment tree trial trip trouble true truth twenty type under unit until upon usually value various very victim view
  violence visit voice vote wall war watch weapon wear weight well west western whatever whether white whole whom whose wide wife
  wind window wish within without wonder worker worry writer wrong yard yeah yes yet yourself
`);

export const ENGLISH_TIER_3 = words(`
  access account accurate achieve acquire adapt address adequate adjust administration admit adopt advance advantage advice affair
  afford agenda agent agreement aid aim alliance alternative ambition analyze annual anticipate apparent application appoint
  appreciate approval approve arrangement aspect assess assessment asset assign assist assistance associate association assume
  assure attempt attend attitude attract authority automatic award aware balance barrier basic basis bear belief belong beneath
  bill bind block bond border brief broad burden capability capacity capture category chain channel chapter chart circumstance
  cite claim clinical code collapse combine comfort command comment commission commit commitment communicate communication
  comparison competition complete complex component concept conclude conduct confidence confirm conflict connect connection
  consequence conservative consistent constant constitute construct consult consumer contact content context contract
  contribute contribution convert cooperation coordinate core corporate correct council counsel county crisis criteria critical
  crucial currently cycle deadline debt decline dedicate define delay deliver delivery demand demonstrate deny department depend
  deploy deputy derive desire device devote dimension direct discipline display distinct distribute district division document
  domestic dominant draft due duty dynamic earn ease effective efficient element eliminate emerge emergency emphasis employ
  enable encounter encourage enforce engage engine enhance ensure enterprise entity equal equipment equivalent error essential
  estimate evaluate evaluation examine exceed exchange execute exercise expand expansion expense export expose extend extent
  external facility failure feature fee file finance flexibility flow formal framework function fundamental gain gap goods
  govern grant guarantee guidance guide handle headquarters highlight hire host ideal implement implication import impose
  improvement incident income independent index influence inform initial initiative innovation input insight install instance
  instruction insurance integrate integrity intelligence intend intent internal interpret introduce invest investigate issue
  joint judge judgment justify label labor launch layer lend liability license limit link literature loan logic maintenance
  manner manufacture margin mechanism mechanical mental minimum minor mode modify monitor motion multiple mutual narrow negotiate
  neutral norm normal objective obligation obtain obvious occupy operate operational oppose organize orientation outcome output
  overall oversee panel parallel participate partnership permanent permit phase platform portion possess potential precise
  predict preference premium presence preserve prime principal principle prior priority procedure proceed profile profit promote
  proportion proposal propose prospect protection provision publish purchase pursue qualify quarter ratio reaction recommend
  recover recovery reform regard regional register regulate regulation relief rely remove repair replace request require
  requirement reserve resident resolve respect restore restrict retain revenue review revise reward scale schedule scheme scope
  secure select sequence session settle shift signal solution specify sponsor stable status strategic strength stress submit
  substantial sufficient sum summary supply survey sustain symbol target team technical technique temporary tension territory
  threshold tool track transfer transform transition transport trend ultimate undergo undertake uniform unique update upgrade
  urban urge utility valid variation vary vehicle venture version vital volume welfare whereas widespread yield
`);

/**
 * Spellings that mean the same term. Each group is written in words; a draft that uses
 * any spelling covers a posting term that uses another.
 */
export const TERM_VARIANTS: readonly (readonly string[])[] = [
  ['cybersecurity', 'cyber security', 'cyber-security'],
  ['health care', 'healthcare', 'health-care'],
  ['data center', 'datacenter', 'data centre'],
  ['information technology', 'IT'],
  ['artificial intelligence', 'AI'],
  ['human resources', 'HR'],
    ['workforce', 'work force'],
  ['e-mail', 'email'],
  ['real property', 'real estate'],
  ['zero trust', 'zero-trust'],
  ['site reliability engineering', 'SRE'],
];

/**
 * Terms of art of federal management across fields: a posting that uses one names a
 * practice a reviewer looks for, so it ranks above an ordinary pair of words
 * ("capital planning" above "end users"). Compared after stemming.
 */
export const DOMAIN_PHRASES: readonly string[] = [
  // Acquisition
  'acquisition strategy', 'acquisition workforce', 'acquisition policy', 'acquisition planning', 'source selection', 'contract administration',
  'contract management', 'indefinite delivery', 'firm fixed price', 'best value', 'market research', 'small business', 'contracting officer',
  'category management', 'federal acquisition regulation', 'federal acquisition certification', 'management and operating', 'vendor management',
  'vendor performance', 'service level agreements', 'procurement policy',
  // Programs, portfolios, performance
  'program management', 'project management', 'earned value management', 'capital planning', 'investment portfolio', 'portfolio management',
  'performance measures', 'performance management', 'performance metrics', 'strategic planning', 'process improvement', 'continuous improvement',
  'lean six sigma', 'change management', 'organizational transformation', 'shared services', 'customer experience', 'service delivery',
  // Money and accountability
  'risk management', 'enterprise risk management', 'internal controls', 'internal control', 'improper payments', 'payment integrity',
  'financial management', 'financial statements', 'financial reporting', 'budget formulation', 'budget execution', 'audit findings',
  'material weaknesses', 'program integrity', 'fraud prevention', 'fraud detection', 'identity verification',
  // Technology
  'enterprise architecture', 'cloud migration', 'cloud computing', 'commercial cloud', 'data center', 'data centers', 'legacy systems',
  'legacy system', 'zero trust', 'zero trust architecture', 'continuous monitoring', 'incident response', 'incident management',
  'information security', 'security operations', 'identity management', 'access management', 'site reliability engineering',
  'software development', 'systems engineering', 'network operations', 'infrastructure modernization', 'digital transformation',
  'data analytics', 'data governance', 'data management', 'artificial intelligence', 'machine learning', 'enterprise infrastructure',
  // People
  'workforce planning', 'succession planning', 'human capital', 'labor relations', 'employee relations', 'talent management',
  'recruitment and retention', 'training and development',
  // Operations and mission fields
  'emergency management', 'emergency preparedness', 'disaster recovery', 'disaster response', 'continuity of operations', 'surge operations',
  'supply chain', 'inventory management', 'fleet management', 'real property', 'facilities management', 'space consolidation',
  'construction management', 'grants management', 'cooperative agreements', 'financial assistance', 'loan servicing', 'loan portfolio',
  'underwriting standards', 'credit risk', 'public health', 'health care delivery', 'clinical operations', 'quality assurance',
  'quality management', 'regulatory compliance', 'rulemaking', 'policy development', 'environmental compliance', 'scientific integrity',
  'peer review', 'research and development', 'technology transfer', 'law enforcement', 'criminal investigations', 'national security',
  'intelligence analysis', 'border security', 'export control', 'tax administration', 'benefits processing', 'claims processing',
  'case management', 'records management', 'freedom of information act', 'stakeholder engagement', 'intergovernmental affairs',
  'congressional relations',
];

/** Places say where the job is, not what it is. */
export const PLACES = words(`
  alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas
  kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada hampshire jersey
  mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee texas utah vermont virginia washington wisconsin
  wyoming puerto rico guam columbia america american united states nationwide worldwide
`);
