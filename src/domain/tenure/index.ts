export * from './board';
export * from './handover';
export * from './shortfall';
export * from './team';
export * from './terms';
