import { describe, expect, it } from 'vitest';
import { evidenceFileKind } from './evidence-files';

describe('evidenceFileKind', () => {
  it('recognises results and findings files by their format, and nothing else', () => {
    expect(evidenceFileKind('{"format":"webrtc-security-checklist/turn-test","version":1}')).toBe('turnTest');
    expect(evidenceFileKind('\uFEFF{"format":"webrtc-security-checklist/coturn-findings"}')).toBe('coturnFindings');
    for (const text of ['{"format":"webrtc-security-checklist/project"}', '[]', 'null', 'not json', '{"format":["webrtc-security-checklist/turn-test"]}', '']) {
      expect(evidenceFileKind(text)).toBeNull();
    }
  });
});
