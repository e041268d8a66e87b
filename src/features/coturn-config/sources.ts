/** Primary sources the rules cite: coturn's ChangeLog, README, code at a release tag or commit; IANA. */
import type { Source } from './model';

const REPO = 'https://github.com/coturn/coturn';

export function changelog(release: string): Source {
  return { title: `coturn ChangeLog, release ${release}`, url: `${REPO}/blob/${release}/ChangeLog` };
}

function commit(sha: string, title: string): Source {
  return { title: `coturn commit ${sha.slice(0, 8)}: ${title}`, url: `${REPO}/commit/${sha}` };
}

export const SRC = {
  mainrelay: { title: 'coturn src/apps/relay/mainrelay.c (option table, set_option, startup checks), 4.17.1', url: `${REPO}/blob/4.17.1/src/apps/relay/mainrelay.c` },
  mainrelay461: { title: 'coturn src/apps/relay/mainrelay.c, 4.6.1', url: `${REPO}/blob/4.6.1/src/apps/relay/mainrelay.c` },
  readme: { title: 'coturn README.turnserver, 4.17.1', url: `${REPO}/blob/4.17.1/README.turnserver` },
  exampleConf: { title: 'coturn examples/etc/turnserver.conf, 4.17.1', url: `${REPO}/blob/4.17.1/examples/etc/turnserver.conf` },
  goodPeerAddr: { title: 'coturn good_peer_addr(), src/server/ns_turn_server.c, 4.17.1', url: `${REPO}/blob/4.17.1/src/server/ns_turn_server.c` },
  ioaddr: { title: 'coturn ioa_addr_in_range() and address checks, src/client/ns_turn_ioaddr.c, 4.17.1', url: `${REPO}/blob/4.17.1/src/client/ns_turn_ioaddr.c` },
  userdb: { title: 'coturn add_ip_list_range(), src/apps/relay/userdb.c, 4.17.1', url: `${REPO}/blob/4.17.1/src/apps/relay/userdb.c` },
  ianaV4: { title: 'IANA IPv4 Special-Purpose Address Registry', url: 'https://www.iana.org/assignments/iana-ipv4-special-registry/' },
  ianaV6: { title: 'IANA IPv6 Special-Purpose Address Registry', url: 'https://www.iana.org/assignments/iana-ipv6-special-registry/' },
  cve202026262: { title: 'GHSA-6g6j-r9rf-cm7p (CVE-2020-26262), fixed in 4.5.2', url: `${REPO}/security/advisories/GHSA-6g6j-r9rf-cm7p` },
  mappedCheck: commit('b80eb898ba26552600770162c26a8ae7f3661b0b', 'IPv4-mapped peers checked against IPv4 ranges (4.9.0)'),
  mappedLoopback: commit('b057acbebe721c8f2f202ddad5e16289e295c754', '::ffff:127.0.0.1 recognised as loopback (4.13.0)'),
  canonicalize: commit('cf4b4952de48510d38415b96300da5fc674bfdda', 'Canonicalize all IPv4-in-IPv6 encodings (#1945, 4.13.1)'),
  internalDeny: commit('d49ee56aa9fe748af064853d5e430eec1ccc3cbc', 'Deny link-local / ULA / site-local peers by default (#1947, 4.13.1)'),
  ipv6Order: commit('6c13608c28a04af5d63abddd7565a0dcc4771c28', 'IPv6 ACL ranges compared in lexicographic order (4.16.0)'),
  aclAbort: commit('4d0b3c7660afc8adbd89f0d400d6e03febe80d33', 'Abort on malformed allowed/denied-peer-ip (#1872, 4.11.0)'),
  zeroDeny: commit('ff5e5478a3e1b426bad053828099403cfc5c1f5f', 'Loopback check covers 0.0.0.0/8 (4.5.2)'),
  cliDefault: commit('9467af5041f6ff0773549e8e1b6218d0dc2879b5', 'CLI interface is disabled by default (#1830, 4.10.0)'),
  rfc5780Default: commit('368355a06fb0a0d9a4fa09c93792a51f6f049a9a', 'Invert RFC5780 option to default off (#1688, 4.7.0)'),
  softwareAttribute: commit('94fcfadce1149310d811c2e3eb0f99bdf3e06ced', 'Reverse SOFTWARE_ATTRIBUTE_OPT (#1598, 4.7.0)'),
  tlsDefaults: commit('cc5e18fc894289e4de986a18b458c61f9ddff470', 'Make older TLS versions optional (#1693, 4.7.0)'),
  statelessNonce: commit('142dd93b301a8a7f90225e1574c964331205b023', 'Add --stateless-nonce (#2002, 4.16.0)'),
  statelessDefault: commit('c6cd2106b6ccc68a738b7975da66913143ae5bb1', 'Enable stateless nonce by default (#2036, 4.17.0)'),
  hardening: commit('5ca467e70915c033f371cd7a9742759c68f56363', 'Security hardening incl. credential log redaction (#1932, 4.13.0)'),
  redisFormat: commit('8fa38032bb4751e11e072d65a8eca3c06c950979', 'Redis format-string injection via USERNAME/REALM, GHSA-4g7c-p5wg-j4hp (4.13.0)'),
  cliFileWrite: commit('e72930f571beba3bc7a9f97661af2614aae92a55', 'CLI psd command could overwrite files (4.13.0)'),
  sqlParams: commit('bfacd81627197c572b8678842110846d6de8479c', 'SQL user-DB drivers parameterized (4.12.0)'),
  stunIntegrity: commit('ab762f334f511ea37ab4b703a47d5d683a5be978', 'Ignore STUN attributes after MESSAGE-INTEGRITY (4.15.0)'),
  dtlsCookie: commit('c36aeaa7cbbe6f6baffeb158419ad9b82d36e288', 'DTLS cookie verified before allocating state (4.17.0)'),
  mobilityQuota: commit('3c5b2615fd405c4e7c5bf3fbeef895c94a90671b', 'Mobility allocations keep their quota (4.17.0)'),
  stunParse410: commit('eaa9e7920e98cd10d24ade07f474ddb4e05dc1ea', 'STUN message parsing fix (advisory, 4.10.0)'),
} as const satisfies Record<string, Source>;
