import { describe, expect, it } from 'vitest';
import { matchRoute, ROUTES } from './router';
import { paths } from '@/config/paths';

/** The route table entry a path resolves to, by its pattern. */
const patternFor = (pathname: string) => matchRoute(pathname).route.path;

describe('matchRoute (the app route table)', () => {
  it('sends every page of paths.ts to its own route', () => {
    expect(patternFor(paths.home.getHref())).toBe(paths.home.path);
    expect(patternFor(paths.project.getHref('p1'))).toBe(paths.project.path);
    expect(patternFor(paths.projectOnboarding.getHref('p1'))).toBe(paths.projectOnboarding.path);
    expect(patternFor(paths.projectBrief.getHref('p1'))).toBe(paths.projectBrief.path);
    expect(patternFor(paths.onboard.getHref())).toBe(paths.onboard.path);
    expect(patternFor(paths.checklist.getHref())).toBe(paths.checklist.path);
    expect(patternFor(paths.checklistItem.getHref('turn-rest-api'))).toBe(paths.checklistItem.path);
    expect(patternFor(paths.turn.getHref())).toBe(paths.turn.path);
    expect(patternFor(paths.coturn.getHref())).toBe(paths.coturn.path);
    expect(patternFor(paths.about.getHref())).toBe(paths.about.path);
  });

  it('ranks the specific project pages before the project splat, and ends with the catch-all', () => {
    const order = ROUTES.map((r) => r.path);
    expect(order.indexOf(paths.projectOnboarding.path)).toBeLessThan(order.indexOf(paths.project.path));
    expect(order.indexOf(paths.projectBrief.path)).toBeLessThan(order.indexOf(paths.project.path));
    expect(order.at(-1)).toBe('*');
    expect(patternFor('/projects/p1/anything/else')).toBe(paths.project.path);
  });

  it('gives decoded parameters, as React Router gave them', () => {
    expect(matchRoute(paths.project.getHref('a b/ü')).params.projectId).toBe('a b/ü');
    expect(matchRoute(paths.checklistItem.getHref('turn-rest-api')).params.itemId).toBe('turn-rest-api');
    expect(matchRoute(paths.projectBrief.getHref('p 1')).params.projectId).toBe('p 1');
  });

  it('matches case-insensitively and with a trailing slash, as React Router did', () => {
    expect(patternFor('/TURN')).toBe(paths.turn.path);
    expect(patternFor('/checklist/')).toBe(paths.checklist.path);
  });

  it('sends unknown and malformed paths to the not-found page instead of throwing', () => {
    expect(patternFor('/nope')).toBe('*');
    expect(patternFor('/turn/extra')).toBe('*');
    expect(patternFor('/checklist/a/b')).toBe('*');
    expect(matchRoute('/checklist/%E0%A4%A').route.path).toBe(paths.checklistItem.path);
  });
});
