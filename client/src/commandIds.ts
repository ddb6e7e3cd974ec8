/** Command ids, as contributed in package.json (a test keeps the two in step). */
export const CommandIds = {
  newPackage: 'ecq.newPackage',
  lintWorkspace: 'ecq.lintWorkspace',
  showOutput: 'ecq.showOutput',
  refreshOverview: 'ecq.refreshOverview',
  openLocation: 'ecq.openLocation',
  setPosting: 'ecq.setPosting',
  compareWithPosting: 'ecq.compareWithPosting',
  revealTermUse: 'ecq.revealTermUse',
  showPostingTerms: 'ecq.showPostingTerms',
  refreshPostingTerms: 'ecq.refreshPostingTerms',
  showReadinessReport: 'ecq.showReadinessReport',
  exportReadinessReport: 'ecq.exportReadinessReport',
  refreshCompetencies: 'ecq.refreshCompetencies',
  practiceInterview: 'ecq.practiceInterview',
  showIgnoredFindings: 'ecq.showIgnoredFindings',
  clearIgnoredFindings: 'ecq.clearIgnoredFindings',
} as const;
