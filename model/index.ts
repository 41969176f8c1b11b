// The domain model, declared once: node labels, relationship types and the import contract's kinds.
export * from './types';
export * from './nodes';
export * from './relationships';
export * from './kinds';
