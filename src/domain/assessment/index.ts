export * from './eligibility';
export * from './scheme';
export * from './scoring';
export * from './survey';
