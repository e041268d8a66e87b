import { describe, expect, it } from 'vitest';
import { decodePath, matchPattern } from './route-match';

describe('matchPattern (React Router 7 rules for the route table patterns)', () => {
  it('matches static paths whole, ignoring case and trailing slashes', () => {
    expect(matchPattern('/turn', '/turn')).toEqual({});
    expect(matchPattern('/turn', '/TURN/')).toEqual({});
    expect(matchPattern('/turn', '/turn/x')).toBeNull();
    expect(matchPattern('/turn', '/turnx')).toBeNull();
    expect(matchPattern('/', '/')).toEqual({});
    expect(matchPattern('/', '/about')).toBeNull();
  });

  it('gives one segment to a parameter, an encoded slash included', () => {
    expect(matchPattern('/checklist/:itemId', '/checklist/turn-rest-api')).toEqual({ itemId: 'turn-rest-api' });
    expect(matchPattern('/checklist/:itemId', '/checklist/a/b')).toBeNull();
    expect(matchPattern('/checklist/:itemId', '/checklist/')).toBeNull();
    expect(matchPattern('/projects/:projectId/brief', decodePath('/projects/a%20b%2F%C3%BC/brief'))).toEqual({ projectId: 'a b/ü' });
  });

  it('gives the rest of the path to a trailing splat, or nothing', () => {
    expect(matchPattern('/projects/:projectId/*', '/projects/p1')).toEqual({ projectId: 'p1', '*': '' });
    expect(matchPattern('/projects/:projectId/*', '/projects/p1/a/b')).toEqual({ projectId: 'p1', '*': 'a/b' });
    expect(matchPattern('/projects/:projectId/*', '/projects')).toBeNull();
    expect(matchPattern('*', '/anything/at/all')).toEqual({ '*': 'anything/at/all' });
    // A decoded line break (`/%0D`, found by the property test) is part of the path like any character.
    expect(matchPattern('*', decodePath('/%0D'))).toEqual({ '*': '\r' });
    expect(matchPattern('/projects/:projectId/*', decodePath('/projects/p1/a%0Ab'))).toEqual({ projectId: 'p1', '*': 'a\nb' });
  });

  it('treats regular expression characters in a pattern literally', () => {
    expect(matchPattern('/a.b', '/a.b')).toEqual({});
    expect(matchPattern('/a.b', '/axb')).toBeNull();
  });
});

describe('decodePath', () => {
  it('decodes each segment and keeps an encoded slash from splitting it', () => {
    expect(decodePath('/checklist/a%20b')).toBe('/checklist/a b');
    expect(decodePath('/projects/a%2Fb')).toBe('/projects/a%2Fb');
  });

  it('leaves a malformed path as it is', () => {
    expect(decodePath('/checklist/%E0%A4%A')).toBe('/checklist/%E0%A4%A');
  });
});
