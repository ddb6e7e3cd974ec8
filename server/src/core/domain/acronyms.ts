/**
 * Acronym data for acronym.undefined.
 *
 * COMMON_ACRONYMS are exempt: a board member from any agency reads them without help.
 * The list is short on purpose; agency jargon is a named reason ECQs fail
 * (ses-domain.md §3, "inside baseball"), so anything specific to one agency or field
 * must be spelled out, or added to the project vocabulary by the writer.
 */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set([
  'US', 'USA', 'UK', 'UN', 'EU', 'DC', 'FY', 'GS', 'SES', 'ECQ', 'TQ', 'MTQ', 'PTQ', 'AM', 'PM', 'ID', 'IT',
  'OK', 'TV', 'PC', 'PDF', 'CEO', 'NASA', 'FBI', 'CIA', 'ZIP', 'COVID', 'HIV', 'AIDS', 'LLC', 'PhD', 'MBA',
  'JD', 'MD', 'RN', 'BA', 'BS', 'MA', 'MS', 'CPA', 'ATM', 'GPS', 'USB', 'HTML', 'URL', 'AI', 'FAQ', 'DNA', 'ET',
  // Legal citations: "31 U.S.C. 3325", "2 CFR 200".
  'USC', 'CFR',
  // Names of programming languages read as names, not abbreviations.
  'COBOL', 'SQL', 'FORTRAN',
]);

/** US state and territory codes, exempt after a comma: "Richmond, VA". */
export const STATE_CODES: ReadonlySet<string> = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA',
  'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK',
  'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'PR', 'GU', 'VI',
]);

/**
 * Spelled-out forms of common Federal acronyms. These are not exempt; they only let the
 * quick fix offer "Office of Management and Budget (OMB)" in place of a bare "OMB".
 */
export const FEDERAL_GLOSSARY: ReadonlyMap<string, string> = new Map([
  ['OMB', 'Office of Management and Budget'],
  ['OPM', 'Office of Personnel Management'],
  ['GAO', 'Government Accountability Office'],
  ['OIG', 'Office of Inspector General'],
  ['IG', 'Inspector General'],
  ['CIO', 'Chief Information Officer'],
  ['CFO', 'Chief Financial Officer'],
  ['CISO', 'Chief Information Security Officer'],
  ['CHCO', 'Chief Human Capital Officer'],
  ['CAO', 'Chief Acquisition Officer'],
  ['ATO', 'authority to operate'],
  ['SRE', 'site reliability engineering'],
  ['FISMA', 'Federal Information Security Modernization Act'],
  ['FAR', 'Federal Acquisition Regulation'],
  ['DFARS', 'Defense Federal Acquisition Regulation Supplement'],
  ['CPARS', 'Contractor Performance Assessment Reporting System'],
  ['IGCE', 'independent government cost estimate'],
  ['FOIA', 'Freedom of Information Act'],
  ['NEPA', 'National Environmental Policy Act'],
  ['FedRAMP', 'Federal Risk and Authorization Management Program'],
  ['FEVS', 'Federal Employee Viewpoint Survey'],
  ['ERB', 'Executive Resources Board'],
  ['QRB', 'Qualifications Review Board'],
  ['CDP', 'Candidate Development Program'],
  ['DHS', 'Department of Homeland Security'],
  ['DOD', 'Department of Defense'],
  ['DoD', 'Department of Defense'],
  ['DOE', 'Department of Energy'],
  ['DOJ', 'Department of Justice'],
  ['DOL', 'Department of Labor'],
  ['DOT', 'Department of Transportation'],
  ['HHS', 'Department of Health and Human Services'],
  ['HUD', 'Department of Housing and Urban Development'],
  ['USDA', 'U.S. Department of Agriculture'],
  ['VA', 'Department of Veterans Affairs'],
  ['EPA', 'Environmental Protection Agency'],
  ['SBA', 'Small Business Administration'],
  ['SSA', 'Social Security Administration'],
  ['GSA', 'General Services Administration'],
  ['IRS', 'Internal Revenue Service'],
  ['FEMA', 'Federal Emergency Management Agency'],
  ['USCIS', 'U.S. Citizenship and Immigration Services'],
  ['CBP', 'U.S. Customs and Border Protection'],
  ['NAVFAC', 'Naval Facilities Engineering Systems Command'],
  ['TMF', 'Technology Modernization Fund'],
  ['HR', 'human resources'],
  ['SLA', 'service level agreement'],
  ['KPI', 'key performance indicator'],
  ['MOU', 'memorandum of understanding'],
  ['RIF', 'reduction in force'],
  ['PII', 'personally identifiable information'],
  ['ERP', 'enterprise resource planning'],
  ['COTS', 'commercial off-the-shelf'],
  ['SaaS', 'software as a service'],
  ['FTE', 'full-time equivalent'],
  ['POC', 'point of contact'],
  ['SOP', 'standard operating procedure'],
]);
