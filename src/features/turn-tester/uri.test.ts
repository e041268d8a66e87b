import { describe, expect, it } from 'vitest';
import { eventUrlMatches, isIpv6, parseEventUrl, parseUri, parseUrlList, serverKey } from './uri';

function ok(text: string) {
  const r = parseUri(text);
  if (!r.ok) throw new Error(`expected ${text} to parse: ${r.error}`);
  return r.uri;
}

function err(text: string): string {
  const r = parseUri(text);
  if (r.ok) throw new Error(`expected ${text} to fail`);
  return r.error;
}

describe('parseUri: valid URIs', () => {
  it.each([
    ['turn:turn.example.com', 'turn', 'turn.example.com', 3478, 'udp', 'turn:turn.example.com:3478'],
    ['turn:turn.example.com:3479', 'turn', 'turn.example.com', 3479, 'udp', 'turn:turn.example.com:3479'],
    ['turn:turn.example.com?transport=udp', 'turn', 'turn.example.com', 3478, 'udp', 'turn:turn.example.com:3478?transport=udp'],
    ['turn:203.0.113.1:3478?transport=tcp', 'turn', '203.0.113.1', 3478, 'tcp', 'turn:203.0.113.1:3478?transport=tcp'],
    ['turns:turn.example.com', 'turns', 'turn.example.com', 5349, 'tls', 'turns:turn.example.com:5349'],
    ['turns:turn.example.com:443?transport=tcp', 'turns', 'turn.example.com', 443, 'tls', 'turns:turn.example.com:443?transport=tcp'],
    ['stun:stun.l.google.com:19302', 'stun', 'stun.l.google.com', 19302, 'udp', 'stun:stun.l.google.com:19302'],
    ['stuns:stun.example.com', 'stuns', 'stun.example.com', 5349, 'tls', 'stuns:stun.example.com:5349'],
    ['turn:[::1]:3478', 'turn', '::1', 3478, 'udp', 'turn:[::1]:3478'],
    ['turn:[2001:DB8::1]', 'turn', '2001:db8::1', 3478, 'udp', 'turn:[2001:db8::1]:3478'],
    ['turn:[::ffff:192.0.2.1]:80?transport=tcp', 'turn', '::ffff:192.0.2.1', 80, 'tcp', 'turn:[::ffff:192.0.2.1]:80?transport=tcp'],
    ['TURN:Turn.Example.COM:65535?TRANSPORT=TCP', 'turn', 'turn.example.com', 65535, 'tcp', 'turn:turn.example.com:65535?transport=tcp'],
    ['  turn:localhost:1  ', 'turn', 'localhost', 1, 'udp', 'turn:localhost:1'],
  ] as const)('%s', (text, scheme, host, port, transport, url) => {
    const uri = ok(text);
    expect(uri).toMatchObject({ scheme, host, port, transport, url });
  });

  it('records host kind, explicit port and whether it is TURN', () => {
    expect(ok('turn:10.0.0.1')).toMatchObject({ hostKind: 'ipv4', explicitPort: false, isTurn: true });
    expect(ok('stun:[fe80::1]:1')).toMatchObject({ hostKind: 'ipv6', explicitPort: true, isTurn: false });
    expect(ok('turn:a.example')).toMatchObject({ hostKind: 'hostname' });
    expect(ok('turn:a.example')).not.toHaveProperty('transportParam');
    expect(ok('turn:a.example?transport=tcp').transportParam).toBe('tcp');
  });
});

describe('parseUri: invalid URIs name what is wrong', () => {
  it.each([
    ['tunr:turn.example.com', /unknown scheme "tunr:" — use turn:, turns:, stun: or stuns:/],
    ['https://turn.example.com', /unknown scheme "https:"/],
    ['turn.example.com:3478', /missing scheme/],
    ['turn.example.com', /missing scheme/],
    ['turn://turn.example.com:3478', /without "\/\/"/],
    ['turn:turn.example.com:0', /port 0 is out of range/],
    ['turn:turn.example.com:65536', /port 65536 is out of range/],
    ['turn:turn.example.com:', /port after ":" is empty/],
    ['turn:turn.example.com:34a', /invalid port "34a"/],
    ['turn:turn.example.com?transport=sctp', /unsupported transport parameter "sctp"/],
    ['turn:turn.example.com:443?transport=tls', /"\?transport=tls" is not a TURN transport — for TURN over TLS write turns:turn\.example\.com:443\?transport=tcp/],
    ['turns:turn.example.com?transport=TLS', /for TURN over TLS write turns:turn\.example\.com\?transport=tcp/],
    ['turn:h:3478;transport=tcp', /^write the transport as a query parameter: turn:h:3478\?transport=tcp \(with "\?", not ";"\)$/],
    ['turn:h;transport=UDP', /turn:h\?transport=udp/],
    ['stun:h:3478;transport=udp', /remove ";transport=udp": stun: URLs take no transport parameter/],
    ['turn:turn.example.com?transport=', /unsupported transport parameter ""/],
    ['turn:turn.example.com?foo=bar', /unknown parameter "foo"/],
    ['turn:turn.example.com?transport=udp&x=1', /unknown parameter "x"/],
    ['turn:h?transport=udp&transport=tcp', /more than once/],
    ['stun:stun.example.com?transport=udp', /transport parameter is not allowed on stun: URLs/],
    ['stuns:stun.example.com?transport=tcp', /not allowed on stuns: URLs/],
    ['turn:::1:3478', /IPv6 addresses must be in brackets/],
    ['turn:[::1', /missing "]"/],
    ['turn:[::g]:3478', /invalid IPv6 address "::g"/],
    ['turn:[fe80::1%25eth0]', /zone identifiers/],
    ['turn:[::1]x', /unexpected "x"/],
    ['turn:256.1.1.1', /invalid IPv4 address "256.1.1.1"/],
    ['turn:1.2.3', /invalid IPv4 address/],
    ['turn:bad_host-.example', /invalid host name/],
    ['turn:-bad.example', /invalid host name/],
    ['turn:türn.example', /punycode/],
    ['turn:user@turn.example.com', /user info/],
    ['turn:', /host is missing/],
    ['turn:host#frag', /fragment/],
    ['turn:a b', /contains spaces/],
    ['', /empty/],
  ])('%s', (text, message) => {
    expect(err(text)).toMatch(message);
  });
});

describe('isIpv6', () => {
  it.each([
    ['::', true],
    ['::1', true],
    ['1::', true],
    ['2001:db8:0:0:0:0:2:1', true],
    ['2001:db8::2:1', true],
    ['::ffff:1.2.3.4', true],
    ['1:2:3:4:5:6:1.2.3.4', true],
    ['1:2:3:4:5:6:7:8:9', false],
    ['1:2:3:4:5:6:7::8', false],
    ['1::2::3', false],
    ['12345::', false],
    [':::', false],
    ['1:2:3:4:5:6:7', false],
    ['::1.2.3.256', false],
  ])('%s → %s', (text, expected) => {
    expect(isIpv6(text)).toBe(expected);
  });
});

describe('parseUrlList', () => {
  it('ignores blank lines and comments and reports errors with line numbers', () => {
    const list = parseUrlList(
      [
        '# our servers',
        'turn:turn.example.com:3478',
        'tunr:turn.example.com',
        '',
        '   ',
        'turns:turn.example.com:443?transport=tcp   # TLS on 443',
        'turn:turn.example.com:3478',
        'turn:[::1]',
      ].join('\n'),
    );
    expect(list.errors).toEqual([
      'Line 3: unknown scheme "tunr:" — use turn:, turns:, stun: or stuns:',
      'Line 7: same URL as line 2',
    ]);
    expect(list.uris.map((u) => u.url)).toEqual([
      'turn:turn.example.com:3478',
      'turns:turn.example.com:443?transport=tcp',
      'turn:[::1]:3478',
    ]);
    expect(list.lines.map((l) => l.line)).toEqual([2, 3, 6, 7, 8]);
    expect(list.lines[2]?.text).toBe('turns:turn.example.com:443?transport=tcp');
    expect(list.lines[1]?.result).toEqual({ ok: false, error: list.errors[0] });
  });

  it('treats the default port and an explicit one as the same URL', () => {
    expect(parseUrlList('turn:h\nturn:h:3478').errors).toEqual(['Line 2: same URL as line 1']);
  });

  it('handles CRLF and an empty textarea', () => {
    expect(parseUrlList('turn:a\r\nturn:b').uris).toHaveLength(2);
    expect(parseUrlList('')).toEqual({ lines: [], uris: [], errors: [] });
  });
});

describe('serverKey', () => {
  it('groups URLs of the same host and port across transports (one listener serves UDP and TCP)', () => {
    const keys = ['turn:T.example:3478', 'turn:t.example:3478?transport=tcp', 'turn:t.example?transport=udp'].map((u) =>
      serverKey(ok(u)),
    );
    expect(new Set(keys)).toEqual(new Set(['t.example:3478']));
    expect(serverKey(ok('turn:[::1]'))).toBe('[::1]:3478');
    expect(serverKey(ok('turns:other.example'))).toBe('other.example:5349');
  });

  it('keeps different ports of the same host apart (they may be differently configured servers)', () => {
    expect(serverKey(ok('turn:127.0.0.1:31478?transport=udp'))).not.toBe(serverKey(ok('turn:127.0.0.1:33478?transport=tcp')));
    expect(serverKey(ok('turns:t.example:443'))).not.toBe(serverKey(ok('turn:t.example:3478')));
  });
});

describe('event URLs (icecandidateerror.url)', () => {
  it('parses the forms Chromium produces', () => {
    expect(parseEventUrl('turn:127.0.0.1:3478?transport=udp')).toEqual({ scheme: 'turn', host: '127.0.0.1', port: 3478 });
    expect(parseEventUrl('turns:[::1]:5349?transport=tcp')).toEqual({ scheme: 'turns', host: '::1', port: 5349 });
    expect(parseEventUrl('turn:::1:3478?transport=udp')).toEqual({ scheme: 'turn', host: '::1', port: 3478 });
    expect(parseEventUrl('turn:Host.Example')).toEqual({ scheme: 'turn', host: 'host.example', port: null });
    expect(parseEventUrl('')).toBeNull();
  });

  it('matches by host and port, and matches when the url is unusable', () => {
    const uri = ok('turn:127.0.0.1:3478');
    expect(eventUrlMatches('turn:127.0.0.1:3478?transport=udp', uri)).toBe(true);
    expect(eventUrlMatches('turns:127.0.0.1:3478?transport=tcp', uri)).toBe(true);
    expect(eventUrlMatches('turn:127.0.0.1:3479?transport=udp', uri)).toBe(false);
    expect(eventUrlMatches('stun:stun.l.google.com:19302', uri)).toBe(false);
    expect(eventUrlMatches('', uri)).toBe(true);
    expect(eventUrlMatches('turn:::1:3478?transport=udp', ok('turn:[::1]:3478'))).toBe(true);
  });
});
