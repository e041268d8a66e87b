import { useEffect, useRef, type RefObject } from 'react';
import type { AnswerStatus } from '@/entities/project/types';
import { keyCommand, moveFocus, neighbourOf, type NavCard, type NavPosition, type NavTarget } from './keyboard-nav';

/** Typing in these must never trigger a shortcut. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['radio', 'checkbox', 'button', 'submit', 'reset'].includes(target.type);
  return false;
}

/** A card is navigable when it is laid out and not inside a closed <details> (whose content Chromium still lays out). */
function readCards(body: HTMLElement): NavCard[] {
  return [...body.querySelectorAll<HTMLElement>('article[data-item-id]')].map((el) => ({
    id: el.dataset.itemId ?? '',
    navigable: el.getClientRects().length > 0 && el.closest('details:not([open])') === null,
  }));
}

function position(body: HTMLElement, end: HTMLElement | null): NavPosition {
  const active = document.activeElement;
  if (end && active && end.contains(active)) return { kind: 'end' };
  const card = active instanceof HTMLElement ? active.closest<HTMLElement>('article[data-item-id]') : null;
  return card && body.contains(card) ? { kind: 'card', id: card.dataset.itemId ?? '' } : { kind: 'none' };
}

/** The end step's main action (Next section) when it can be used, else the step itself. */
function endFocus(end: HTMLElement): HTMLElement {
  return end.querySelector<HTMLElement>('button.primary:not(:disabled)') ?? end;
}

function focusTarget(target: NavTarget, end: HTMLElement | null) {
  const el = target.kind === 'card' ? document.getElementById(`item-${target.id}`) : target.kind === 'end' && end ? endFocus(end) : null;
  if (!el) return;
  el.focus();
  el.scrollIntoView({ block: 'nearest' });
}

interface Options {
  /** Single-key shortcuts turned on (WCAG 2.1.4). */
  enabled: boolean;
  /** The walkthrough: shortcuts work while focus is in it (or nowhere in particular). */
  region: RefObject<HTMLElement | null>;
  /** The element holding the item cards. */
  body: RefObject<HTMLElement | null>;
  /** The end-of-section step; null in "All sections". */
  end: RefObject<HTMLElement | null>;
  /** `]` / `[`: returns false when there is no such section. */
  onSection: (direction: 1 | -1) => boolean;
  onAnswer: (itemId: string, status: AnswerStatus) => void;
}

/**
 * j/k move between visible items (collapsed ones are skipped; after the last comes the "next
 * section" step), y/p/n/a (1–4) answer the focused item, ]/[ change section. When an answer
 * takes the item out of the list (a status filter), focus moves to its neighbour.
 */
export function useWalkthroughKeys({ enabled, region, body, end, onSection, onAnswer }: Options) {
  const pending = useRef<{ from: string; to: string | null } | null>(null);

  useEffect(() => {
    const p = pending.current;
    if (!p) return;
    pending.current = null;
    if (document.getElementById(`item-${p.from}`)) return;
    focusTarget(p.to ? { kind: 'card', id: p.to } : { kind: 'end' }, end.current);
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const target = event.target instanceof Node ? event.target : null;
      if (!enabled || !(target === document.body || (target && region.current?.contains(target)))) return;
      const command = keyCommand(event.key);
      const el = body.current;
      if (!command || !el) return;
      const cards = readCards(el);
      const at = position(el, end.current);
      if (command.kind === 'next' || command.kind === 'previous') {
        event.preventDefault();
        focusTarget(moveFocus(cards, at, command.kind === 'next' ? 1 : -1, end.current !== null), end.current);
      } else if (command.kind === 'next-section' || command.kind === 'previous-section') {
        if (onSection(command.kind === 'next-section' ? 1 : -1)) event.preventDefault();
      } else if (at.kind === 'card') {
        event.preventDefault();
        pending.current = { from: at.id, to: neighbourOf(cards, at.id) };
        onAnswer(at.id, command.status);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled, region, body, end, onSection, onAnswer]);
}
