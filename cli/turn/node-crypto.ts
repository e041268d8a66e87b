import { createHash, createHmac } from 'node:crypto';
import type { StunCrypto } from '@/features/turn-tester/stun/message';

/** The codec's hash functions from node:crypto (WebCrypto has no MD5 for the long-term key). */
export const nodeStunCrypto: StunCrypto = {
  hmacSha1: (key, data) => new Uint8Array(createHmac('sha1', key).update(data).digest()),
  md5: (data) => new Uint8Array(createHash('md5').update(data).digest()),
};
