export * from './quarters';
export * from './talks';
