export * from './iso-date';
export * from './periods';
export * from './ranges';
