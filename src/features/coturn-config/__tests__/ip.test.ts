import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_V6, formatIpv6, normalize, parseAddress, parseCidr, parseIpv6, subtract } from '@/lib/ip';
import { ipv6Box } from '@/features/coturn-config/peer-acl';

describe('addresses', () => {
  it('parses IPv4, IPv6 (compressed, dotted tail) and rejects CIDR or junk', () => {
    expect(parseAddress('10.0.0.1')).toEqual({ family: 4, value: 0x0a000001n });
    expect(parseAddress('::ffff:127.0.0.1')).toEqual({ family: 6, value: (0xffffn << 32n) | 0x7f000001n });
    expect(parseAddress('::')).toEqual({ family: 6, value: 0n });
    for (const bad of ['10.0.0.0/8', '256.1.1.1', '1:2:3:4:5:6:7:8:9', ':::', '1.2.3', '']) expect(parseAddress(bad)).toBeNull();
  });

  it('formats IPv6 canonically and round-trips any value', () => {
    expect(formatIpv6(0n)).toBe('::');
    expect(formatIpv6(parseIpv6('2001:db8:0:0:1:0:0:1') ?? 0n)).toBe('2001:db8::1:0:0:1');
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: MAX_V6 }), (v) => parseIpv6(formatIpv6(v)) === v), { numRuns: 2000 });
  });

  it('subtracts and normalizes intervals', () => {
    const ten = parseCidr('10.0.0.0/8');
    const hole = parseCidr('10.1.0.0/16');
    if (ten === null || hole === null) throw new Error('cidr');
    const left = subtract(ten, [hole]);
    expect(left).toHaveLength(2);
    expect(normalize([...left, hole])).toEqual([ten]);
  });

  it('models the pre-4.16 byte-wise IPv6 comparison as a box', () => {
    const lo = parseIpv6('2001:db8::ff00') ?? 0n;
    const hi = parseIpv6('2001:db8::1:00ff') ?? 0n;
    const box = ipv6Box(lo, hi);
    // ::1:0080 lies inside the written span but outside the box (byte 15: 0x80 > 0xff? no; byte 14: 0x00 < 0xff).
    const probe = parseIpv6('2001:db8::1:80') ?? 0n;
    expect(lo < probe && probe < hi).toBe(true);
    expect(box.intervals.some((iv) => iv.from <= probe && probe <= iv.to)).toBe(false);
  });
});
