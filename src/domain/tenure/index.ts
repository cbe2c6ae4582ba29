export * from './board';
export * from './handover';
export * from './team';
export * from './terms';
