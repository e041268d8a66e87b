import { describe, expect, it } from 'vitest';
import { StreamFramer } from './framing';

const stun = (len: number, fill: number): Uint8Array => {
  const m = new Uint8Array(20 + len).fill(fill);
  m[0] = 0x01;
  m[1] = 0x01;
  m[2] = len >> 8;
  m[3] = len & 0xff;
  return m;
};

describe('StreamFramer', () => {
  it('reassembles messages split across chunks and skips ChannelData', () => {
    const frames: Uint8Array[] = [];
    const errors: string[] = [];
    const f = new StreamFramer((m) => frames.push(m), (e) => errors.push(e));
    const a = stun(8, 0xaa);
    const channel = new Uint8Array([0x40, 0x00, 0x00, 0x03, 1, 2, 3, 0]);
    const b = stun(4, 0xbb);
    const all = new Uint8Array([...a, ...channel, ...b]);
    f.push(all.slice(0, 3));
    f.push(all.slice(3, 30));
    expect(frames).toHaveLength(1);
    f.push(all.slice(30));
    expect(frames.map((m) => m.length)).toEqual([28, 24]);
    expect(frames[1]?.[4]).toBe(0xbb);
    expect(errors).toEqual([]);
  });

  it('reports bytes that are not STUN', () => {
    const errors: string[] = [];
    new StreamFramer(() => undefined, (e) => errors.push(e)).push(new Uint8Array([0x80, 0x03, 0x01, 0x00]));
    expect(errors).toEqual(['the server sent bytes that are neither STUN nor ChannelData']);
  });
});
