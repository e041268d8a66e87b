/**
 * The walkthrough's keyboard model, without the DOM: which key does what, and where j/k move
 * focus. The walkthrough reads the cards from the page (navigable = shown and not inside a
 * closed <details>) and applies the result.
 */
import type { AnswerStatus } from '@/entities/project/types';

export type KeyCommand =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'next-section' }
  | { kind: 'previous-section' }
  | { kind: 'answer'; status: AnswerStatus };

const ANSWER_KEYS: Readonly<Record<string, AnswerStatus>> = { y: 'yes', '1': 'yes', p: 'partial', '2': 'partial', n: 'no', '3': 'no', a: 'na', '4': 'na' };

/** The command for a key (`KeyboardEvent.key`), or null when the key is not a shortcut. */
export function keyCommand(key: string): KeyCommand | null {
  if (key === 'j') return { kind: 'next' };
  if (key === 'k') return { kind: 'previous' };
  if (key === ']') return { kind: 'next-section' };
  if (key === '[') return { kind: 'previous-section' };
  const status = Object.hasOwn(ANSWER_KEYS, key) ? ANSWER_KEYS[key] : undefined;
  return status ? { kind: 'answer', status } : null;
}

export interface NavCard {
  id: string;
  /** False for a card the user cannot see (collapsed as not applicable, filtered out of layout). */
  navigable: boolean;
}

/** Where focus is now: a card, the "end of section" step, or elsewhere (the page, a heading). */
export type NavPosition = { kind: 'card'; id: string } | { kind: 'end' } | { kind: 'none' };

/** Where focus goes: a card, the "end of section" step after the last card, or nowhere (stay). */
export type NavTarget = { kind: 'card'; id: string } | { kind: 'end' } | { kind: 'stay' };

/**
 * The next (`direction` 1) or previous (-1) navigable card from `position`. Moving on from the
 * last card reaches the end-of-section step when `hasEnd`; moving back from the end step reaches
 * the last card. From no position, both directions start at the first card. Never lands on a
 * card that is not navigable.
 */
export function moveFocus(cards: readonly NavCard[], position: NavPosition, direction: 1 | -1, hasEnd: boolean): NavTarget {
  const navigable = cards.filter((c) => c.navigable);
  const first = navigable[0];
  const last = navigable[navigable.length - 1];
  if (position.kind === 'end') return direction === -1 && last ? { kind: 'card', id: last.id } : { kind: 'stay' };
  const currentId = position.kind === 'card' ? position.id : null;
  const index = cards.findIndex((c) => c.id === currentId);
  if (index === -1) return first ? { kind: 'card', id: first.id } : hasEnd ? { kind: 'end' } : { kind: 'stay' };
  for (let i = index + direction; i >= 0 && i < cards.length; i += direction) {
    const card = cards[i] as NavCard;
    if (card.navigable) return { kind: 'card', id: card.id };
  }
  if (direction === 1) return hasEnd ? { kind: 'end' } : { kind: 'stay' };
  return first && first.id !== currentId ? { kind: 'card', id: first.id } : { kind: 'stay' };
}

/**
 * The card to focus when the focused one leaves the list (answering it under "Unanswered"): the
 * next navigable card after it, else the one before it.
 */
export function neighbourOf(cards: readonly NavCard[], id: string): string | null {
  const index = cards.findIndex((c) => c.id === id);
  if (index === -1) return null;
  const after = cards.slice(index + 1).find((c) => c.navigable);
  const before = cards.slice(0, index).reverse().find((c) => c.navigable);
  return (after ?? before)?.id ?? null;
}
