/** Command ids, as contributed in package.json (a test keeps the two in step). */
export const CommandIds = {
  newPackage: 'ecq.newPackage',
  lintWorkspace: 'ecq.lintWorkspace',
  showOutput: 'ecq.showOutput',
  refreshOverview: 'ecq.refreshOverview',
  openLocation: 'ecq.openLocation',
} as const;
