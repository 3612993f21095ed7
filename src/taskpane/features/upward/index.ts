/** The upward feature: Gửi cấp trên (sendView.tsx) and the receiving level's roll-up (view.tsx); state.ts holds the actions, store.ts the reducers. */
export { UpwardRollup } from './view';
export { useUpwardSend } from './sendView';
