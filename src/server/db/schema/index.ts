export * from './audit';
export * from './regions';
export * from './units';
export * from './users';
export * from './system';
