// The policy domain: rules of policy/RULES.md as data and pure functions. See README.md.
export * from './catalogue';
export * from './documents';
export * from './eligibility';
export * from './needs';
export * from './nomination-workflow';
export * from './parameters';
export * from './unit-sources';
export * from './versions';
export * from './village-categories';
export * from './violations';
