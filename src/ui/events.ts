// Events the UI elements send up to the stage, which turns them into decisions.
import type { Choices } from '../core/choices.js';
import type { DecisionIntent } from '../core/decision.js';

export interface DecideDetail {
  intent: DecisionIntent;
  /** With intent "custom": every category and service the visitor could switch. */
  choices?: Choices;
}

export interface OpenerDetail {
  /** The control that asked, so focus can go back to it. */
  opener: HTMLElement;
}

export function send<T>(from: HTMLElement, type: string, detail: T): void {
  from.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'samtycke-decide': CustomEvent<DecideDetail>;
    'samtycke-customize': CustomEvent<OpenerDetail>;
    'samtycke-notice': CustomEvent<OpenerDetail>;
  }
}
