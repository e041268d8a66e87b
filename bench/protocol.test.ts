import { describe, expect, it } from 'vitest';
import { protocolProblems } from './protocol';

const origin = 'https://localhost:4182';

describe('the protocol a Lighthouse run observed', () => {
  it('accepts a run whose every request to the origin used the protocol, whatever other origins used', () => {
    const requests = [
      { url: `${origin}/projects/x`, protocol: 'h2' },
      { url: `${origin}/assets/a.js`, protocol: 'h2' },
      { url: 'data:image/svg+xml,<svg/>', protocol: 'data' },
      { url: 'https://other.example/x.js', protocol: 'http/1.1' },
    ];
    expect(protocolProblems(requests, origin, 'h2')).toEqual([]);
  });

  it('names each request served otherwise, and a run without any request to the origin', () => {
    const requests = [
      { url: `${origin}/`, protocol: 'h2' },
      { url: `${origin}/assets/a.js`, protocol: 'http/1.1' },
      { url: `${origin}/assets/b.js` },
    ];
    expect(protocolProblems(requests, origin, 'h2')).toEqual([
      `${origin}/assets/a.js was served over http/1.1, not h2`,
      `${origin}/assets/b.js was served over an unknown protocol, not h2`,
    ]);
    expect(protocolProblems([{ url: 'http://localhost:4181/', protocol: 'http/1.1' }], origin, 'h2')).toEqual([`no request to ${origin}`]);
  });
});
