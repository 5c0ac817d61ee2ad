// Who the editing controls are for: the session of client/state/session.ts (slice B), whose can() reads the contract's
// capability map, so the page hides exactly what the server refuses.
export { can, currentActor, onSessionChange } from '../state/session.ts';
