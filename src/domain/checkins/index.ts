export * from './plausibility';
