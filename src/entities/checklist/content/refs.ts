/**
 * Reference links shared by checklist items, so one URL is written (and checked) once.
 * Sources: ../shared/reference/webrtc-security-facts.md and the projects' own documentation.
 */
import type { Reference } from '@/entities/checklist/types';

const coturnCommit = (sha: string, title: string): Reference => ({
  title: `coturn commit ${sha.slice(0, 8)}: ${title}`,
  url: `https://github.com/coturn/coturn/commit/${sha}`,
});

const asvs = (file: string, title: string): Reference => ({
  title: `OWASP ASVS 5.0.0, ${title}`,
  url: `https://github.com/OWASP/ASVS/blob/v5.0.0_release/5.0/en/${file}.md`,
});

const rfc = (n: number, title: string, section?: string): Reference => ({
  title: section ? `RFC ${n} §${section}: ${title}` : `RFC ${n}: ${title}`,
  url: `https://www.rfc-editor.org/rfc/rfc${n}${section ? `#section-${section}` : ''}`,
});

export const REF = {
  // OWASP ASVS 5.0 chapter V17 (WebRTC)
  asvsV17: {
    title: 'OWASP ASVS 5.0, V17 WebRTC',
    url: 'https://github.com/OWASP/ASVS/blob/master/5.0/en/0x26-V17-WebRTC.md',
  },

  // OWASP ASVS 5.0.0 chapters beyond V17 (ids verified in the v5.0.0_release text)
  asvsV1: asvs('0x10-V1-Encoding-and-Sanitization', 'V1 Encoding and Sanitization (1.3.6 SSRF)'),
  asvsV2: asvs('0x11-V2-Validation-and-Business-Logic', 'V2 Validation and Business Logic'),
  asvsV3: asvs('0x12-V3-Web-Frontend-Security', 'V3 Web Frontend Security'),
  asvsV4: asvs('0x13-V4-API-and-Web-Service', 'V4 API and Web Service (4.4 WebSocket)'),
  asvsV6: asvs('0x15-V6-Authentication', 'V6 Authentication'),
  asvsV7: asvs('0x16-V7-Session-Management', 'V7 Session Management'),
  asvsV8: asvs('0x17-V8-Authorization', 'V8 Authorization'),
  asvsV9: asvs('0x18-V9-Self-contained-Tokens', 'V9 Self-contained Tokens'),
  asvsV11: asvs('0x20-V11-Cryptography', 'V11 Cryptography'),
  asvsV12: asvs('0x21-V12-Secure-Communication', 'V12 Secure Communication'),
  asvsV13: asvs('0x22-V13-Configuration', 'V13 Configuration'),
  asvsV14: asvs('0x23-V14-Data-Protection', 'V14 Data Protection'),
  asvsV15: asvs('0x24-V15-Secure-Coding-and-Architecture', 'V15 Secure Coding and Architecture'),
  asvsV16: asvs('0x25-V16-Security-Logging-and-Error-Handling', 'V16 Security Logging and Error Handling'),

  // IETF
  rfc9725: rfc(9725, 'WebRTC-HTTP Ingestion Protocol (WHIP)'),
  whepDraft: {
    title: 'draft-ietf-wish-whep: WebRTC-HTTP Egress Protocol (WHEP)',
    url: 'https://datatracker.ietf.org/doc/draft-ietf-wish-whep/',
  },
  rfc8826: rfc(8826, 'Security Considerations for WebRTC'),
  rfc8826ScreenSharing: rfc(8826, 'Threats from screen sharing', '4.1.1'),
  rfc8826UserExpectations: rfc(8826, 'Calling scenarios and user expectations', '4.1.2'),
  rfc8826Consent: rfc(8826, 'Communications consent verification', '4.2'),
  rfc8826IpPrivacy: rfc(8826, 'IP location privacy', '4.2.4'),
  rfc8826ComSec: rfc(8826, 'Communications security', '4.3'),
  rfc8827: rfc(8827, 'WebRTC Security Architecture'),
  rfc8827Origin: rfc(8827, 'Origin and web security issues', '6.1'),
  rfc8827Permissions: rfc(8827, 'Device permissions model', '6.2'),
  rfc8827IpPrivacy: rfc(8827, 'IP location privacy', '6.4'),
  rfc8827ComSec: rfc(8827, 'Communications security', '6.5'),
  rfc8828: rfc(8828, 'WebRTC IP Address Handling Requirements'),
  rfc7675: rfc(7675, 'STUN usage for consent freshness'),
  rfc5763: rfc(5763, 'Framework for establishing an SRTP security context using DTLS'),
  rfc5764: rfc(5764, 'DTLS extension to establish keys for SRTP'),
  rfc3711: rfc(3711, 'The Secure Real-time Transport Protocol (SRTP)'),
  rfc4568: rfc(4568, 'SDP security descriptions (SDES)'),
  rfc8656: rfc(8656, 'Traversal Using Relays around NAT (TURN)'),
  rfc8489: rfc(8489, 'Session Traversal Utilities for NAT (STUN)'),
  rfc7635: rfc(7635, 'TURN third-party authorization (OAuth access tokens)'),
  rfc6062: rfc(6062, 'TURN extensions for TCP allocations'),
  rfc6455Origin: rfc(6455, 'WebSocket origin considerations', '10.2'),
  rfc8831: rfc(8831, 'WebRTC data channels'),
  rfc9605: rfc(9605, 'Secure Frame (SFrame)'),
  turnRestDraft: {
    title: 'draft-uberti-behave-turn-rest-00: a REST API for access to TURN services',
    url: 'https://datatracker.ietf.org/doc/html/draft-uberti-behave-turn-rest-00',
  },
  mdnsCandidatesDraft: {
    title: 'draft-ietf-mmusic-mdns-ice-candidates: using mDNS for ICE host candidates',
    url: 'https://datatracker.ietf.org/doc/html/draft-ietf-mmusic-mdns-ice-candidates',
  },

  // IANA registries
  ianaIpv4Special: {
    title: 'IANA IPv4 special-purpose address registry',
    url: 'https://www.iana.org/assignments/iana-ipv4-special-registry/iana-ipv4-special-registry.xhtml',
  },
  ianaIpv6Special: {
    title: 'IANA IPv6 special-purpose address registry',
    url: 'https://www.iana.org/assignments/iana-ipv6-special-registry/iana-ipv6-special-registry.xhtml',
  },
  ianaSrtpProfiles: {
    title: 'IANA DTLS-SRTP protection profiles',
    url: 'https://www.iana.org/assignments/srtp-protection/srtp-protection.xhtml',
  },

  // coturn
  coturnReadme: {
    title: 'coturn README.turnserver (all options)',
    url: 'https://github.com/coturn/coturn/blob/master/README.turnserver',
  },
  coturnConf: {
    title: 'coturn example turnserver.conf',
    url: 'https://github.com/coturn/coturn/blob/master/examples/etc/turnserver.conf',
  },
  coturnChangeLog: {
    title: 'coturn ChangeLog',
    url: 'https://github.com/coturn/coturn/blob/master/ChangeLog',
  },
  coturnRelease4160: {
    title: 'coturn 4.16.0 release (IPv6 range check fix, stateless-nonce)',
    url: 'https://github.com/coturn/coturn/releases/tag/4.16.0',
  },
  coturnV4MappedRanges: coturnCommit(
    'b80eb898ba26552600770162c26a8ae7f3661b0b',
    'IPv4-mapped peers checked against IPv4 ranges (4.9.0)',
  ),
  coturnV4MappedLoopback: coturnCommit(
    'b057acbe',
    '::ffff:127.0.0.1 no longer passes the loopback guard (4.13.0)',
  ),
  coturnCanonicalizeV4InV6: coturnCommit(
    'cf4b4952',
    'canonicalize all IPv4-in-IPv6 encodings before peer checks (4.13.1, #1945)',
  ),
  coturnInternalDenyDefault: coturnCommit(
    'd49ee56a',
    'deny link-local, ULA and site-local peers by default (4.13.1, #1947)',
  ),
  coturnIpv6RangeOrder: coturnCommit(
    '6c13608c',
    'non-prefix-aligned IPv6 peer ranges under-blocked (fixed in 4.16.0)',
  ),
  coturnAbortMalformedAcl: coturnCommit(
    '4d0b3c76',
    'abort on malformed allowed/denied-peer-ip, e.g. CIDR (4.11.0, #1872)',
  ),
  coturnStatelessNonce: coturnCommit('142dd93b', 'add --stateless-nonce (4.16.0, #2002)'),
  coturnStatelessNonceDefault: coturnCommit('c6cd2106', 'stateless nonce on by default (4.17.0, #2036)'),
  coturnCliOffByDefault: coturnCommit('9467af50', 'CLI interface disabled by default (4.10.0, #1830)'),
  coturnCliFileWrite: coturnCommit('e72930f5', 'remove the CLI psd command that could overwrite files (4.13.0)'),
  coturnRedisFormatString: {
    title: 'coturn advisory GHSA-4g7c-p5wg-j4hp: format-string injection into Redis (fixed in 4.13.0)',
    url: 'https://github.com/coturn/coturn/security/advisories/GHSA-4g7c-p5wg-j4hp',
  },
  coturnSqliteInjection: coturnCommit('bfacd816', 'parameterized SQLite queries, GHSA-v8hj-2xx7-xmp5 (4.12.0)'),
  coturnDtlsCookie: {
    title: 'coturn advisory GHSA-5x2p-4vqj-f6m4: DTLS listener state exhaustion (fixed in 4.17.0)',
    url: 'https://github.com/coturn/coturn/security/advisories/GHSA-5x2p-4vqj-f6m4',
  },
  coturnAttributesAfterIntegrity: coturnCommit('ab762f33', 'ignore STUN attributes after MESSAGE-INTEGRITY (4.15.0)'),
  coturnIssue584: {
    title: 'coturn issue #584: denied-peer-ip also blocks the relay address',
    url: 'https://github.com/coturn/coturn/issues/584',
  },
  coturnSecureConfig: {
    title: 'Enable Security: coturn-secure-config templates and tests',
    url: 'https://github.com/EnableSecurity/coturn-secure-config',
  },
  cve202026262: {
    title: 'CVE-2020-26262: coturn loopback protection bypass via 0.0.0.0 (fixed in 4.5.2)',
    url: 'https://nvd.nist.gov/vuln/detail/CVE-2020-26262',
  },
  cve202026262Writeup: {
    title: "Enable Security: bypass of coturn's access control protection (CVE-2020-26262)",
    url: 'https://www.rtcsec.com/article/cve-2020-26262-bypass-of-coturns-access-control-protection/',
  },
  coturnCve202026262Advisory: {
    title: 'coturn advisory GHSA-6g6j-r9rf-cm7p (CVE-2020-26262, fixed in 4.5.2)',
    url: 'https://github.com/coturn/coturn/security/advisories/GHSA-6g6j-r9rf-cm7p',
  },
  talos20200984: {
    title: 'Talos TALOS-2020-0984 (CVE-2020-6061): coturn HTTP server out-of-bounds read, fixed in 4.5.1.2',
    url: 'https://talosintelligence.com/vulnerability_reports/TALOS-2020-0984',
  },
  coturnAdvisories: {
    title: 'coturn security advisories',
    url: 'https://github.com/coturn/coturn/security/advisories',
  },

  // Enable Security / RTCSec research
  esTurnThreats: {
    title: "Enable Security: TURN security threats, a hacker's view",
    url: 'https://www.enablesecurity.com/blog/turn-server-security-threats',
  },
  esTurnBestPractices: {
    title: 'Enable Security: TURN server security best practices',
    url: 'https://www.enablesecurity.com/blog/turn-security-best-practices',
  },
  esCoturnGuide: {
    title: 'Enable Security: coturn security configuration guide',
    url: 'https://www.enablesecurity.com/blog/coturn-security-configuration-guide/',
  },
  slackTurn: {
    title: 'RTCSec: how Slack TURN servers allowed access to internal services',
    url: 'https://www.rtcsec.com/2020/04/01-slack-webrtc-turn-compromise/',
  },
  dtlsClientHelloRace: {
    title: 'Enable Security: a novel DoS vulnerability affecting WebRTC media servers',
    url: 'https://www.rtcsec.com/article/novel-dos-vulnerability-affecting-webrtc-media-servers/',
  },
  turnutils: {
    title: 'coturn turnutils_uclient (test client shipped with coturn)',
    url: 'https://github.com/coturn/coturn/blob/master/README.turnutils',
  },
  testssl: {
    title: 'testssl.sh: TLS protocol and cipher testing',
    url: 'https://github.com/testssl/testssl.sh',
  },
  nmapSslEnumCiphers: {
    title: 'Nmap ssl-enum-ciphers script',
    url: 'https://nmap.org/nsedoc/scripts/ssl-enum-ciphers.html',
  },
  pionFingerprintAdvisory: {
    title: 'GHSA-74xm-qj29-cq8p (CVE-2021-28681): pion/webrtc before 3.0.15 kept the DTLS transport usable after certificate verification failed',
    url: 'https://github.com/advisories/GHSA-74xm-qj29-cq8p',
  },
  jvbFingerprintIssue: {
    title: 'jitsi-videobridge #78: media continued when the DTLS certificate did not match the signaled fingerprint (fixed in libjitsi d364e8e, 2015)',
    url: 'https://github.com/jitsi/jitsi-videobridge/issues/78',
  },
  pionFingerprintIssue: {
    title: 'pion/webrtc #1708: DTLS fingerprints in SDP were not verified (fixed by #1709)',
    url: 'https://github.com/pion/webrtc/issues/1708',
  },
  exWebrtcFingerprintAdvisory: {
    title: 'ex_webrtc advisory GHSA-qwfw-ggxw-577c: DTLS fingerprint not validated in some cases',
    url: 'https://github.com/elixir-webrtc/ex_webrtc/security/advisories/GHSA-qwfw-ggxw-577c',
  },
  srsWhipDelete: {
    title: 'SRS #3595: WHIP DELETE must verify a token (after Enable Security’s CommCon talk)',
    url: 'https://github.com/ossrs/srs/pull/3595',
  },
  stunner: {
    title: 'stunner: TURN/STUN security testing tool',
    url: 'https://github.com/firefart/stunner',
  },
  owaspWebRtcTalk: {
    title: 'Sandro Gauci: WebRTC security vulnerabilities (OWASP talk, ASVS V17)',
    url: 'https://thecyberarchive.com/talks/webrtc-security-vulnerabilities/',
  },

  // Checklists this one grew from
  blogGeekChecklist: {
    title: 'BlogGeek.me: WebRTC security checklist',
    url: 'https://bloggeek.me/webrtc-security-checklist/',
  },
  blogGeekChecklist2020: {
    title: 'WebRTC Security Checklist 2020 (BlogGeek.me)',
    url: 'https://www.scribd.com/document/525624132/WebRTC-Security-Checklist-2020',
  },

  // Media servers
  janusAuth: {
    title: 'Janus documentation: authenticating the Janus API',
    url: 'https://janus.conf.meetecho.com/docs/auth.html',
  },
  janusAdmin: {
    title: 'Janus documentation: Admin/Monitor API',
    url: 'https://janus.conf.meetecho.com/docs/admin.html',
  },
  janusConf: {
    title: 'Janus sample configuration janus.jcfg',
    url: 'https://github.com/meetecho/janus-gateway/blob/master/conf/janus.jcfg.sample.in',
  },
  janusVideoRoomConf: {
    title: 'Janus VideoRoom sample configuration (admin_key, lock_rtp_forward)',
    url: 'https://github.com/meetecho/janus-gateway/blob/master/conf/janus.plugin.videoroom.jcfg.sample',
  },
  janusVideoRoom: {
    title: 'Janus documentation: VideoRoom plugin',
    url: 'https://janus.conf.meetecho.com/docs/videoroom.html',
  },
  janusFuzzers: {
    title: 'Janus fuzzing targets (RTP, RTCP, SDP)',
    url: 'https://github.com/meetecho/janus-gateway/tree/master/fuzzers',
  },
  janusSip: {
    title: 'Janus documentation: SIP plugin (clients supply the SIP server and credentials)',
    url: 'https://janus.conf.meetecho.com/docs/sip.html',
  },
  janusStreaming: {
    title: 'Janus documentation: Streaming plugin (RTSP and RTP mountpoints)',
    url: 'https://janus.conf.meetecho.com/docs/streaming.html',
  },
  kurentoPlayer: {
    title: 'Kurento PlayerEndpoint: file, http(s) and rtsp source URIs',
    url: 'https://doc-kurento.readthedocs.io/en/stable/_static/client-jsdoc/module-elements.PlayerEndpoint.html',
  },
  kurentoRecorder: {
    title: 'Kurento RecorderEndpoint: file and http(s) destination URIs',
    url: 'https://doc-kurento.readthedocs.io/en/stable/_static/client-jsdoc/module-elements.RecorderEndpoint.html',
  },
  kurentoSecurity: {
    title: 'Kurento documentation: securing Kurento applications',
    url: 'https://doc-kurento.readthedocs.io/en/latest/features/security.html',
  },
  jvbRest: {
    title: 'Jitsi Videobridge private HTTP/REST interface',
    url: 'https://github.com/jitsi/jitsi-videobridge/blob/master/doc/rest.md',
  },
  jitsiSecureDomain: {
    title: 'Jitsi Meet handbook: secure domain setup',
    url: 'https://jitsi.github.io/handbook/docs/devops-guide/secure-domain',
  },
  liveKitAuth: {
    title: 'LiveKit documentation: authentication and access tokens',
    url: 'https://docs.livekit.io/home/concepts/authentication/',
  },
  liveKitVideoGrant: {
    title: 'LiveKit server SDK: VideoGrant (hidden, recorder, canPublishSources, canUpdateOwnMetadata)',
    url: 'https://docs.livekit.io/server-sdk-js/interfaces/VideoGrant.html',
  },
  liveKitParticipants: {
    title: 'LiveKit documentation: managing participants (hidden participants)',
    url: 'https://docs.livekit.io/home/server/managing-participants',
  },
  liveKitIngress: {
    title: 'LiveKit documentation: Ingress (URL input pulls media from a URL)',
    url: 'https://docs.livekit.io/home/ingress/overview/',
  },
  mediasoupFaq: {
    title: 'mediasoup FAQ: signaling and control are up to the application',
    url: 'https://mediasoup.org/faq/',
  },
  asteriskHttp: {
    title: 'Asterisk documentation: built-in HTTP server (shared by ARI, AMI over HTTP and WebSocket transports)',
    url: 'https://docs.asterisk.org/Configuration/Core-Configuration/Asterisk-Builtin-mini-HTTP-Server',
  },
  asteriskAriConfig: {
    title: 'Asterisk documentation: configuration for ARI (http.conf, ari.conf)',
    url: 'https://docs.asterisk.org/Configuration/Interfaces/Asterisk-REST-Interface-ARI/Asterisk-Configuration-for-ARI',
  },
  asteriskBestPractices: {
    title: 'Asterisk README-SERIOUSLY.bestpractices (dialplan security, toll fraud)',
    url: 'https://github.com/asterisk/asterisk/blob/master/README-SERIOUSLY.bestpractices.md',
  },
  asteriskAri: {
    title: 'Asterisk sample ari.conf',
    url: 'https://github.com/asterisk/asterisk/blob/master/configs/samples/ari.conf.sample',
  },

  // Browsers and web platform
  mdnSecureContexts: {
    title: 'MDN: secure contexts',
    url: 'https://developer.mozilla.org/en-US/docs/Web/Security/Secure_Contexts',
  },
  mdnGetUserMedia: {
    title: 'MDN: MediaDevices.getUserMedia()',
    url: 'https://developer.mozilla.org/en-US/docs/Web/API/MediaDevices/getUserMedia',
  },
  mdnUserActivation: {
    title: 'MDN: features gated by user activation',
    url: 'https://developer.mozilla.org/en-US/docs/Web/Security/User_activation',
  },
  mdnCreateEncodedStreams: {
    title: 'MDN: RTCRtpSender.createEncodedStreams() (Chrome’s non-standard path)',
    url: 'https://developer.mozilla.org/en-US/docs/Web/API/RTCRtpSender/createEncodedStreams',
  },
  mdnGetDisplayMedia: {
    title: 'MDN: MediaDevices.getDisplayMedia()',
    url: 'https://developer.mozilla.org/en-US/docs/Web/API/MediaDevices/getDisplayMedia',
  },
  mdnPermissionsPolicy: {
    title: 'MDN: Permissions-Policy header',
    url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Permissions-Policy',
  },
  mdnCsp: {
    title: 'MDN: Content Security Policy',
    url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/CSP',
  },
  mdnHsts: {
    title: 'MDN: Strict-Transport-Security',
    url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Strict-Transport-Security',
  },
  mdnFrameAncestors: {
    title: 'MDN: CSP frame-ancestors',
    url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy/frame-ancestors',
  },
  mdnPeerConnectionCtor: {
    title: 'MDN: RTCPeerConnection() constructor (iceTransportPolicy)',
    url: 'https://developer.mozilla.org/en-US/docs/Web/API/RTCPeerConnection/RTCPeerConnection',
  },
  mdnDataChannel: {
    title: 'MDN: RTCDataChannel',
    url: 'https://developer.mozilla.org/en-US/docs/Web/API/RTCDataChannel',
  },
  mdnSctpMaxMessageSize: {
    title: 'MDN: RTCSctpTransport.maxMessageSize',
    url: 'https://developer.mozilla.org/en-US/docs/Web/API/RTCSctpTransport/maxMessageSize',
  },
  mdnEncodedTransforms: {
    title: 'MDN: using WebRTC Encoded Transforms',
    url: 'https://developer.mozilla.org/en-US/docs/Web/API/WebRTC_API/Using_Encoded_Transforms',
  },
  mdnIceCandidateError: {
    title: 'MDN: RTCPeerConnectionIceErrorEvent',
    url: 'https://developer.mozilla.org/en-US/docs/Web/API/RTCPeerConnectionIceErrorEvent',
  },
  w3cEncodedTransform: {
    title: 'W3C: WebRTC Encoded Transform',
    url: 'https://www.w3.org/TR/webrtc-encoded-transform/',
  },
  w3cScreenCapture: {
    title: 'W3C: Screen Capture (getDisplayMedia), security and privacy',
    url: 'https://www.w3.org/TR/screen-capture/',
  },
  w3cWebRtcIdentity: {
    title: 'W3C: Identity for WebRTC',
    url: 'https://www.w3.org/TR/webrtc-identity/',
  },
  trickleIce: {
    title: 'WebRTC samples: Trickle ICE',
    url: 'https://webrtc.github.io/samples/src/content/peerconnection/trickle-ice/',
  },
  chromeIpHandlingPolicy: {
    title: 'Chrome Enterprise policy: WebRtcIPHandling',
    url: 'https://chromeenterprise.google/policies/#WebRtcIPHandling',
  },
  chromeReleases: {
    title: 'Chrome Releases blog (security fixes per milestone)',
    url: 'https://chromereleases.googleblog.com/',
  },
  cve20237024: {
    title: 'CVE-2023-7024: heap overflow in Chrome WebRTC, exploited in the wild',
    url: 'https://nvd.nist.gov/vuln/detail/CVE-2023-7024',
  },
  projectZeroMessengers: {
    title: 'Project Zero: exploiting Android messengers with WebRTC, part 3',
    url: 'https://googleprojectzero.blogspot.com/2020/08/exploiting-android-messengers-part-3.html',
  },
  electronSecurity: {
    title: 'Electron security checklist (permission request handlers)',
    url: 'https://www.electronjs.org/docs/latest/tutorial/security',
  },

  // OWASP
  owaspCspCheatSheet: {
    title: 'OWASP Content Security Policy Cheat Sheet',
    url: 'https://cheatsheetseries.owasp.org/cheatsheets/Content_Security_Policy_Cheat_Sheet.html',
  },
  owaspHeadersCheatSheet: {
    title: 'OWASP HTTP Security Response Headers Cheat Sheet',
    url: 'https://cheatsheetseries.owasp.org/cheatsheets/HTTP_Headers_Cheat_Sheet.html',
  },
  owaspWstgWebSockets: {
    title: 'OWASP WSTG: testing WebSockets',
    url: 'https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/11-Client-side_Testing/10-Testing_WebSockets',
  },
  owaspDosCheatSheet: {
    title: 'OWASP Denial of Service Cheat Sheet',
    url: 'https://cheatsheetseries.owasp.org/cheatsheets/Denial_of_Service_Cheat_Sheet.html',
  },
  owaspInputValidation: {
    title: 'OWASP Input Validation Cheat Sheet',
    url: 'https://cheatsheetseries.owasp.org/cheatsheets/Input_Validation_Cheat_Sheet.html',
  },
  owaspXssPrevention: {
    title: 'OWASP Cross Site Scripting Prevention Cheat Sheet',
    url: 'https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html',
  },
  owaspAuthorization: {
    title: 'OWASP Authorization Cheat Sheet',
    url: 'https://cheatsheetseries.owasp.org/cheatsheets/Authorization_Cheat_Sheet.html',
  },
  owaspIdor: {
    title: 'OWASP Insecure Direct Object Reference Prevention Cheat Sheet',
    url: 'https://cheatsheetseries.owasp.org/cheatsheets/Insecure_Direct_Object_Reference_Prevention_Cheat_Sheet.html',
  },
  owaspSession: {
    title: 'OWASP Session Management Cheat Sheet',
    url: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html',
  },
  owaspLogging: {
    title: 'OWASP Logging Cheat Sheet',
    url: 'https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html',
  },
  owaspSecrets: {
    title: 'OWASP Secrets Management Cheat Sheet',
    url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
  },
  owaspThreatModeling: {
    title: 'OWASP Threat Modeling Cheat Sheet',
    url: 'https://cheatsheetseries.owasp.org/cheatsheets/Threat_Modeling_Cheat_Sheet.html',
  },
  owaspAttackSurface: {
    title: 'OWASP Attack Surface Analysis Cheat Sheet',
    url: 'https://cheatsheetseries.owasp.org/cheatsheets/Attack_Surface_Analysis_Cheat_Sheet.html',
  },
  owaspDependencies: {
    title: 'OWASP Vulnerable Dependency Management Cheat Sheet',
    url: 'https://cheatsheetseries.owasp.org/cheatsheets/Vulnerable_Dependency_Management_Cheat_Sheet.html',
  },
  owaspFuzzing: {
    title: 'OWASP: fuzzing',
    url: 'https://owasp.org/www-community/Fuzzing',
  },
  owaspSsrf: {
    title: 'OWASP Server-Side Request Forgery Prevention Cheat Sheet',
    url: 'https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html',
  },
  owaspUserPrivacy: {
    title: 'OWASP User Privacy Protection Cheat Sheet',
    url: 'https://cheatsheetseries.owasp.org/cheatsheets/User_Privacy_Protection_Cheat_Sheet.html',
  },
  owaspMasvs: {
    title: 'OWASP MASVS (mobile application security)',
    url: 'https://mas.owasp.org/MASVS/',
  },
} as const satisfies Record<string, Reference>;
