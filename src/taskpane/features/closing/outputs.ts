/**
 * The outputs of closing the year the pane offers, in their order. Apart from state.ts so that the
 * view names them without loading the engine and the closing core with the first paint (state.ts
 * comes in its own chunk when an output is asked for).
 */
export type ClosingOutput = 'decisions' | 'money' | 'certificates' | 'report' | 'nextYear';
export const CLOSING_OUTPUTS: readonly ClosingOutput[] = ['decisions', 'money', 'certificates', 'report', 'nextYear'];
