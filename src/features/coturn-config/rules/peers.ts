/** Peer access control: which addresses a TURN client can make the server relay to. */
import { aclValues, denyLines } from '@/features/coturn-config/acl-lines';
import { describeInterval, formatRange, sizeOf } from '@/lib/ip';
import type { ConfigView, Draft, RuleGroup, RuleMeta, Source } from '@/features/coturn-config/model';
import { effectiveAcl, type EffectiveAcl } from '@/features/coturn-config/peer-acl';
import { SRC } from '@/features/coturn-config/sources';
import { SPECIAL_RANGES } from '@/features/coturn-config/special-ranges';
import { since, type VersionChoice } from '@/features/coturn-config/versions';
import { draft, lineList, plural } from './helpers';

const ACL_SOURCES: readonly Source[] = [SRC.goodPeerAddr, SRC.ioaddr, SRC.userdb, SRC.readme, SRC.ianaV4, SRC.ianaV6];

function meta(id: string, title: string, sources: readonly Source[] = ACL_SOURCES, evidence: RuleMeta['evidence'] = 'coturn:denied-peer-ip'): RuleMeta {
  return { id, title, evidence, sources };
}

const WHY_SSRF =
  'A TURN server relays to any peer address it can reach: an authenticated client (anyone holding a minted credential) can use it as a proxy into your internal network, the host itself and the cloud metadata service.';

function malformedEntries(acl: EffectiveAcl, version: VersionChoice): Draft[] {
  const out: Draft[] = [];
  const aborts = since(version, '4.11.0');
  for (const e of acl.entries) {
    if (e.problem === undefined) continue;
    const name = `${e.list}-peer-ip`;
    const what = e.problem === 'cidr' ? 'uses CIDR notation, which coturn does not support' : 'is not an `IP` or `IP-IP` value coturn can read';
    const effect =
      aborts === 'all'
        ? 'coturn 4.11.0 and later abort at startup ("Use IP or IP-IP range (CIDR is not supported)").'
        : aborts === 'none'
          ? 'Before 4.11.0 coturn logs "Wrong address format" and drops the line: the range is not blocked at all.'
          : 'Releases before 4.11.0 drop the line (the range is not blocked at all); 4.11.0 and later abort at startup.';
    const fixValue = e.written.length > 0 ? e.written.map((iv) => `${name}=${formatRange(iv)}`).join('\n') : `${name}=<first address>-<last address>`;
    out.push(
      draft(
        e.problem === 'cidr' ? 'peer-acl-cidr' : 'peer-acl-malformed',
        'high',
        [name],
        [e.entry.line],
        `\`${name}\` on line ${e.entry.line} ${what}. ${effect}`,
        e.list === 'denied' ? WHY_SSRF : 'An allow-list entry that is silently dropped or stops the server breaks relaying to your own media servers.',
        fixValue,
      ),
    );
  }
  return out;
}

function denyAll(acl: EffectiveAcl): Draft[] {
  const all = acl.entries.filter((e) => e.list === 'denied' && e.problem === undefined && e.matchesAll);
  if (all.length === 0) return [];
  const allowed = acl.entries.some((e) => e.list === 'allowed' && e.problem === undefined);
  return [
    draft(
      'peer-deny-all',
      allowed ? 'low' : 'high',
      ['denied-peer-ip'],
      all.map((e) => e.entry.line),
      `\`denied-peer-ip=${all[0]?.entry.value ?? '::0'}\` (${lineList(all.map((e) => e.entry.line))}) is an any-address range, which coturn's \`ioa_addr_in_range()\` matches for every peer, IPv4 and IPv6: ${allowed ? 'only the `allowed-peer-ip` addresses can be reached.' : 'the server relays to nobody.'}`,
      allowed
        ? 'That is a working allow-list setup only if it is intended; an explicit pair of full ranges says so more clearly.'
        : 'A TURN server that relays nothing gets "fixed" by deleting the deny list, which re-opens the internal network.',
      allowed
        ? 'denied-peer-ip=0.0.0.0-255.255.255.255\ndenied-peer-ip=::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff\n# plus one allowed-peer-ip line per media server'
        : '# remove the any-address line and deny the special-purpose ranges instead (see "Secure configuration")',
    ),
  ];
}

function openRanges(acl: EffectiveAcl, version: VersionChoice): Draft[] {
  if (acl.open.length === 0) return [];
  const internal = acl.open.filter((o) => o.range.internal);
  const severity = internal.length > 0 ? 'critical' : 'medium';
  const labels = acl.open.map((o) => `${o.range.cidr} (${o.range.name}${o.via !== undefined ? `, via ${o.via} encoding` : ''})`);
  const openText = acl.open.flatMap((o) => o.open.map((iv) => formatRange(iv)));
  const fix = denyLines(acl.open.filter((o) => o.via === undefined).map((o) => o.range));
  const viaNote = acl.open.some((o) => o.via !== undefined)
    ? '\n# on this version IPv4 denials do not cover every IPv4-in-IPv6 encoding: deny the encodings too (see "Secure configuration")'
    : '';
  return [
    draft(
      'peer-special-ranges-open',
      severity,
      ['denied-peer-ip'],
      [],
      `The effective peer ACL on coturn ${version.label} leaves ${plural(acl.open.length, 'special-purpose range')} open: ${labels.join('; ')}.${acl.approximate ? ' (Some pre-4.16 IPv6 ranges were too fragmented to list exactly; the open set shown is a lower bound of what is blocked.)' : ''}`,
      WHY_SSRF,
      `${fix.join('\n')}${viaNote}`.trim(),
      { openRanges: openText },
    ),
  ];
}

function reopened(acl: EffectiveAcl, version: VersionChoice): Draft[] {
  const out: Draft[] = [];
  for (const r of acl.reopened) {
    const parts = r.parts.map((p) => describeInterval(p));
    if (r.ineffective) {
      out.push(
        draft(
          'peer-allow-ineffective',
          'info',
          ['allowed-peer-ip'],
          [r.entry.entry.line],
          `\`allowed-peer-ip\` on line ${r.entry.entry.line} cannot re-allow ${parts.join(', ')} (${r.range.name}): coturn ${version.label} denies it before consulting the allow-list.`,
          since(version, '4.13.1') === 'all'
            ? 'Since 4.13.1 link-local, ULA and site-local peers (and 169.254/16) are refused before `allowed-peer-ip` is read; a media server there needs another address.'
            : 'Loopback, 0.0.0.0/8, `::` and (with `no-multicast-peers`) multicast are refused before `allowed-peer-ip` is read.',
          '# give that media server an address outside the built-in denials',
        ),
      );
      continue;
    }
    const wide = r.range.internal && r.parts.some((p) => sizeOf(p) > (p.family === 4 ? 256n : 1n << 64n));
    out.push(
      draft(
        'peer-allow-reopens',
        wide ? 'high' : 'medium',
        ['allowed-peer-ip', 'denied-peer-ip'],
        [r.entry.entry.line],
        `\`allowed-peer-ip\` on line ${r.entry.entry.line} re-opens ${parts.join(', ')} inside the denied ${r.range.cidr} (${r.range.name}); an address in both lists is allowed.`,
        wide
          ? 'Re-allowing more than a few addresses of an internal range re-opens the network the deny list protects.'
          : 'That is right for your own relay or media server addresses; make sure it is nothing else.',
        '# keep allowed-peer-ip to the exact addresses of your relay and media servers\nallowed-peer-ip=<media server IP>',
      ),
    );
  }
  return out;
}

const ENCODING_DENIES = [
  'denied-peer-ip=::ffff:0.0.0.0-::ffff:255.255.255.255',
  ...aclValues(SPECIAL_RANGES.find((r) => r.cidr === '::/96') ?? SPECIAL_RANGES[0]!).map((v) => `denied-peer-ip=${v}`),
  'denied-peer-ip=64:ff9b::-64:ff9b::ffff:ffff',
  'denied-peer-ip=2002::-2002:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
];

function bypass(view: ConfigView, acl: EffectiveAcl, version: VersionChoice): Draft[] {
  if (since(version, '4.13.1') === 'all') return [];
  const viaOpen = acl.open.filter((o) => ['::ffff:0:0/96', '::/96', '64:ff9b::/96', '2002::/16'].includes(o.range.cidr));
  // Every encoding denied explicitly in IPv6 form (or everything denied): closed by config.
  if (viaOpen.length === 0) return [];
  const steps =
    since(version, '4.9.0') !== 'all'
      ? 'Before 4.9.0 an IPv4-mapped peer such as ::ffff:127.0.0.1 skipped both the loopback guard and every IPv4 `denied-peer-ip` range.'
      : since(version, '4.13.0') !== 'all'
        ? '4.9.0–4.12.x check IPv4-mapped peers against IPv4 ranges, but ::ffff:127.0.0.1 still passes the loopback guard (fixed in 4.13.0), and ::a.b.c.d, NAT64 64:ff9b::/96 and 6to4 2002::/16 skip IPv4 ranges (fixed in 4.13.1).'
        : '4.13.0 fixed ::ffff:127.0.0.1, but ::a.b.c.d, NAT64 64:ff9b::/96 and 6to4 2002::/16 still skip IPv4 `denied-peer-ip` ranges until 4.13.1.';
  return [
    draft(
      'peer-ipv4-in-ipv6-bypass',
      'high',
      ['denied-peer-ip'],
      view.lines('denied-peer-ip'),
      `coturn ${version.label} does not apply IPv4 peer checks to every IPv6 encoding of an IPv4 address, and this config does not deny those encodings: ${viaOpen.map((o) => o.range.cidr).join(', ')}. ${steps}`,
      `${WHY_SSRF} Writing the same IPv4 target in IPv6 form walks around an IPv4-only deny list.`,
      `# upgrade to 4.16.0 or later; until then deny the encodings (never ::0, which denies every peer):\n${ENCODING_DENIES.join('\n')}`,
      { evidence: 'coturn:no-loopback-peers' },
    ),
  ];
}

function unaligned(acl: EffectiveAcl, version: VersionChoice): Draft[] {
  if (since(version, '4.16.0') === 'all') return [];
  const bad = acl.entries.filter((e) => e.problem === undefined && e.unalignedIpv6);
  return bad.map((e) =>
    draft(
      'peer-ipv6-unaligned',
      e.list === 'denied' ? 'high' : 'medium',
      [`${e.list}-peer-ip`],
      [e.entry.line],
      `The IPv6 range on line ${e.entry.line} is not aligned on a prefix: before 4.16.0 coturn compares IPv6 bounds byte by byte and ${e.list === 'denied' ? 'blocks' : 'allows'} only part of it.`,
      e.list === 'denied' ? WHY_SSRF : 'Part of the intended allow-list does not apply.',
      '# upgrade to 4.16.0 or later, or split the range into prefix-aligned ranges (first address ends in zeros, last in f)',
    ),
  );
}

function loopback(view: ConfigView): Draft[] {
  if (view.flag('allow-loopback-peers') !== true) return [];
  return [
    draft(
      'peer-allow-loopback',
      'high',
      ['allow-loopback-peers'],
      view.lines('allow-loopback-peers'),
      '`allow-loopback-peers` lets clients relay to 127.0.0.0/8 and ::1: services on the TURN host itself (admin CLI, databases, metrics) become reachable. coturn warns "Do not use in production!!".',
      'In 2018 the loopback relay exposed coturn\'s own telnet CLI to remote users; anything else listening on localhost is exposed the same way.',
      '# remove allow-loopback-peers',
      { evidence: 'coturn:no-loopback-peers' },
    ),
  ];
}

function serverRelay(view: ConfigView): Draft[] {
  if (view.flag('server-relay') !== true) return [];
  return [
    draft(
      'peer-server-relay',
      'high',
      ['server-relay'],
      view.lines('server-relay'),
      '`server-relay` ("NON-STANDARD AND DANGEROUS OPTION") removes the IP permission check on packets arriving at relay endpoints.',
      'Without permissions any host can send into a client\'s relayed allocation, which breaks TURN\'s basic access control.',
      '# remove server-relay',
    ),
  ];
}

function multicast(view: ConfigView, acl: EffectiveAcl): Draft[] {
  if (view.flag('no-multicast-peers') === true || acl.denyAll) return [];
  return [
    draft(
      'peer-multicast-allowed',
      'medium',
      ['no-multicast-peers'],
      [],
      '`no-multicast-peers` is not set: coturn relays to multicast peers (224.0.0.0/4, ff00::/8) unless the deny list covers them.',
      'Relaying to multicast groups reaches every host listening on the local network segment.',
      'no-multicast-peers',
    ),
  ];
}

export const peerRules: RuleGroup = {
  rules: [
    meta('peer-acl-cidr', 'CIDR in a peer ACL (dropped before 4.11.0, startup abort since)', [SRC.aclAbort, SRC.userdb, SRC.readme]),
    meta('peer-acl-malformed', 'Malformed peer ACL entry', [SRC.aclAbort, SRC.userdb]),
    meta('peer-deny-all', 'Any-address ACL entry (`::0`) denies every peer', [SRC.ioaddr, SRC.userdb]),
    meta('peer-special-ranges-open', 'Special-purpose ranges left open by the effective ACL'),
    meta('peer-allow-reopens', '`allowed-peer-ip` re-opens a denied range', [SRC.goodPeerAddr]),
    meta('peer-allow-ineffective', '`allowed-peer-ip` inside a built-in denial has no effect', [SRC.goodPeerAddr, SRC.internalDeny]),
    meta('peer-ipv4-in-ipv6-bypass', 'IPv4-in-IPv6 peer bypass on this version', [SRC.mappedCheck, SRC.mappedLoopback, SRC.canonicalize, SRC.ipv6Order], 'coturn:no-loopback-peers'),
    meta('peer-ipv6-unaligned', 'Unaligned IPv6 range blocks too little before 4.16.0', [SRC.ipv6Order]),
    meta('peer-allow-loopback', '`allow-loopback-peers` enabled', [SRC.mainrelay, SRC.readme, SRC.goodPeerAddr], 'coturn:no-loopback-peers'),
    meta('peer-server-relay', '`server-relay` enabled', [SRC.readme]),
    meta('peer-multicast-allowed', '`no-multicast-peers` missing', [SRC.goodPeerAddr, SRC.readme]),
  ],
  check(view, version) {
    const acl = effectiveAcl(view, version);
    return [
      ...malformedEntries(acl, version),
      ...denyAll(acl),
      ...openRanges(acl, version),
      ...reopened(acl, version),
      ...bypass(view, acl, version),
      ...unaligned(acl, version),
      ...loopback(view),
      ...serverRelay(view),
      ...multicast(view, acl),
    ];
  },
};
