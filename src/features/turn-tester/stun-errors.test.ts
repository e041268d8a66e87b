import { describe, expect, it } from 'vitest';
import { describeStunError, explainNoAnswer, explainStunError } from './stun-errors';

describe('explainStunError', () => {
  it.each([
    [300, 'Try Alternate'],
    [400, 'Bad Request'],
    [401, 'Unauthorized'],
    [403, 'Forbidden'],
    [420, 'Unknown Attribute'],
    [437, 'Allocation Mismatch'],
    [438, 'Stale Nonce'],
    [440, 'Address Family not Supported'],
    [441, 'Wrong Credentials'],
    [442, 'Unsupported Transport Protocol'],
    [486, 'Allocation Quota Reached'],
    [487, 'Role Conflict'],
    [500, 'Server Error'],
    [508, 'Insufficient Capacity'],
    [600, 'Global Failure'],
    [701, 'Server not reachable'],
  ])('%i %s', (code, title) => {
    const e = explainStunError(code);
    expect(e.code).toBe(code);
    expect(e.title).toBe(title);
    expect(e.explanation.length).toBeGreaterThan(40);
  });

  it('explains 401 as wrong or expired credentials and 701 as unreachable', () => {
    expect(explainStunError(401).explanation).toMatch(/wrong username or password.*expired/);
    expect(explainStunError(701).explanation).toMatch(/could not reach the server/);
  });

  it.each([
    [399, /a redirect/],
    [499, /client error/],
    [599, /server error/],
    [699, /global failure/],
    [702, /browser-side network error/],
    [0, /not a known STUN error class/],
  ])('unknown code %i', (code, cls) => {
    const e = explainStunError(code);
    expect(e.title).toBe(`Error ${code}`);
    expect(e.explanation).toMatch(cls);
  });
});

describe('describeStunError', () => {
  it('adds the server text only when it says something new', () => {
    expect(describeStunError(401, 'Unauthorized')).toMatch(/^401 Unauthorized: The server refused/);
    expect(describeStunError(401, '')).toMatch(/^401 Unauthorized: /);
    expect(describeStunError(403, 'Forbidden IP')).toMatch(/^403 Forbidden \(browser reported "Forbidden IP"\): /);
  });
});

describe('explainNoAnswer', () => {
  it('UDP: names down/firewall/wrong port and the anonymous server Chromium ignores', () => {
    const t = explainNoAnswer('udp', 6000);
    expect(t).toMatch(/^No answer within 6 s\./);
    expect(t).toMatch(/not running or the port is wrong/);
    expect(t).toMatch(/firewall .* drops UDP/);
    expect(t).toMatch(/anonymous .*no-auth.*discarded/);
    expect(t).toMatch(/\?transport=tcp/);
  });

  it('TCP and TLS have their own explanations', () => {
    expect(explainNoAnswer('tcp', 2500)).toMatch(/^No answer within 2.5 s\. The TCP connection was neither refused/);
    expect(explainNoAnswer('tls', 6000)).toMatch(/TLS connection hung.*certificate problem/);
    expect(new Set([explainNoAnswer('udp', 1), explainNoAnswer('tcp', 1), explainNoAnswer('tls', 1)]).size).toBe(3);
  });
});

describe('701 explanations', () => {
  it('leads with the TLS handshake or certificate for turns: URLs, and attributes errorText to the browser', () => {
    const d = describeStunError(701, 'Failed to establish connection', 'tls');
    expect(d).toMatch(/^701 Server not reachable \(browser reported "Failed to establish connection"\): TLS handshake failed or the certificate is not trusted by this browser \(self-signed, expired, or issued for another name — turns: needs a certificate for the host name in the URL\)/);
    expect(d).not.toMatch(/server said/);
  });

  it('says the host name could not be resolved on a DNS failure', () => {
    const d = describeStunError(701, 'STUN host lookup received error.', 'udp');
    expect(d).toMatch(/host name could not be resolved.*check the spelling/);
    expect(describeStunError(701, 'TURN host lookup received error.', 'tls')).toMatch(/could not be resolved/);
  });

  it('keeps the generic causes for plain TCP', () => {
    expect(describeStunError(701, 'Failed to establish connection', 'tcp')).toMatch(/connection was refused/);
  });
});
