import { describe, expect, it } from 'vitest';
import { keyCommand, moveFocus, neighbourOf, type NavCard } from './keyboard-nav';

const cards: NavCard[] = [
  { id: 'a', navigable: true },
  { id: 'b', navigable: false },
  { id: 'c', navigable: true },
  { id: 'd', navigable: false },
];

describe('keyCommand', () => {
  it('maps the documented keys and nothing else', () => {
    expect(keyCommand('j')).toEqual({ kind: 'next' });
    expect(keyCommand('k')).toEqual({ kind: 'previous' });
    expect(keyCommand(']')).toEqual({ kind: 'next-section' });
    expect(keyCommand('[')).toEqual({ kind: 'previous-section' });
    expect(keyCommand('y')).toEqual({ kind: 'answer', status: 'yes' });
    expect(keyCommand('2')).toEqual({ kind: 'answer', status: 'partial' });
    expect(keyCommand('n')).toEqual({ kind: 'answer', status: 'no' });
    expect(keyCommand('a')).toEqual({ kind: 'answer', status: 'na' });
    expect(keyCommand('J')).toBeNull();
    expect(keyCommand('toString')).toBeNull();
    expect(keyCommand('Enter')).toBeNull();
  });
});

describe('moveFocus', () => {
  it('skips cards that are not navigable (collapsed as not applicable)', () => {
    expect(moveFocus(cards, { kind: 'card', id: 'a' }, 1, true)).toEqual({ kind: 'card', id: 'c' });
    expect(moveFocus(cards, { kind: 'card', id: 'c' }, -1, true)).toEqual({ kind: 'card', id: 'a' });
  });

  it('after the last navigable card reaches the end-of-section step, and back', () => {
    expect(moveFocus(cards, { kind: 'card', id: 'c' }, 1, true)).toEqual({ kind: 'end' });
    expect(moveFocus(cards, { kind: 'end' }, -1, true)).toEqual({ kind: 'card', id: 'c' });
    expect(moveFocus(cards, { kind: 'end' }, 1, true)).toEqual({ kind: 'stay' });
  });

  it('without an end step stays on the last card; k on the first stays', () => {
    expect(moveFocus(cards, { kind: 'card', id: 'c' }, 1, false)).toEqual({ kind: 'stay' });
    expect(moveFocus(cards, { kind: 'card', id: 'a' }, -1, true)).toEqual({ kind: 'stay' });
  });

  it('from nowhere (or a card no longer listed) starts at the first navigable card', () => {
    expect(moveFocus(cards, { kind: 'none' }, 1, true)).toEqual({ kind: 'card', id: 'a' });
    expect(moveFocus(cards, { kind: 'none' }, -1, true)).toEqual({ kind: 'card', id: 'a' });
    expect(moveFocus(cards, { kind: 'card', id: 'gone' }, 1, true)).toEqual({ kind: 'card', id: 'a' });
    expect(moveFocus([{ id: 'x', navigable: false }], { kind: 'none' }, 1, true)).toEqual({ kind: 'end' });
    expect(moveFocus([], { kind: 'none' }, 1, false)).toEqual({ kind: 'stay' });
  });

  it('from a collapsed card (focused by a deep link) moves to a navigable one', () => {
    expect(moveFocus(cards, { kind: 'card', id: 'b' }, 1, true)).toEqual({ kind: 'card', id: 'c' });
    expect(moveFocus(cards, { kind: 'card', id: 'b' }, -1, true)).toEqual({ kind: 'card', id: 'a' });
  });
});

describe('neighbourOf', () => {
  it('is the next navigable card, else the previous one', () => {
    expect(neighbourOf(cards, 'a')).toBe('c');
    expect(neighbourOf(cards, 'c')).toBe('a');
    expect(neighbourOf(cards, 'zz')).toBeNull();
    expect(neighbourOf([{ id: 'a', navigable: true }], 'a')).toBeNull();
  });
});
