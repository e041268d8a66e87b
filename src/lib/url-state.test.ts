import { describe, expect, it } from 'vitest';
import { canonicalSearch, listParam, oneOfParam, setParam, type UrlCodec } from './url-state';

const COLORS = ['red', 'green', 'blue'] as const;

describe('url state helpers', () => {
  it('reads a comma list, dropping unknown values and keeping the allowed order', () => {
    expect(listParam(new URLSearchParams('c=blue,pink,red'), 'c', COLORS)).toEqual(['red', 'blue']);
    expect(listParam(new URLSearchParams(''), 'c', COLORS)).toEqual([]);
  });

  it('reads one of a set of values, else the fallback', () => {
    expect(oneOfParam(new URLSearchParams('n=2'), 'n', [0, 1, 2, 3] as const, 0)).toBe(2);
    expect(oneOfParam(new URLSearchParams('n=7'), 'n', [0, 1, 2, 3] as const, 0)).toBe(0);
    expect(oneOfParam(new URLSearchParams('c=__proto__'), 'c', COLORS, 'red')).toBe('red');
  });

  it('writes only values that differ from the default', () => {
    const p = new URLSearchParams();
    setParam(p, 'q', '');
    setParam(p, 'n', 0);
    setParam(p, 'l', []);
    expect(p.toString()).toBe('');
    setParam(p, 'z', '0');
    expect(p.toString()).toBe('z=0');
    p.delete('z');
    setParam(p, 'q', 'a b&c');
    setParam(p, 'n', 3);
    setParam(p, 'l', ['red', 'blue']);
    expect(p.toString()).toBe('q=a+b%26c&n=3&l=red%2Cblue');
  });

  it('gives the canonical form of a query string through a codec', () => {
    const codec: UrlCodec<{ c: string[] }> = {
      parse: (p) => ({ c: listParam(p, 'c', COLORS) }),
      write: (s) => {
        const p = new URLSearchParams();
        setParam(p, 'c', s.c);
        return p;
      },
    };
    expect(canonicalSearch(codec, 'x=1&c=blue,red')).toBe('c=red%2Cblue');
  });
});
