/**
 * The ground floor: the shapes every layer shares (the campaign and its rules, candidates and their
 * scores, votes, findings). It imports nothing from the rest of the product.
 */
export * from './campaign';
export * from './candidate';
export * from './cell';
export * from './conditions';
export * from './finding';
export * from './levels';
export * from './scores';
export * from './votes';
