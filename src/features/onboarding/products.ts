/**
 * What each product exposes for control or administration, named in inventory findings. Every
 * port is a product default, checked at the product's own documentation or sample configuration:
 * - coturn 4.17.1 examples/etc/turnserver.conf: `cli-port=5766` (l. 871), `web-admin-port=8080`
 *   (l. 898), `prometheus-port=9641` (l. 310).
 * - Janus conf/janus.transport.http.jcfg.sample.in: Admin/Monitor API `admin_port = 7088`,
 *   `admin_secure_port = 7889`, base path `/admin`, "disabled by default";
 *   conf/janus.transport.websockets.jcfg.sample.in: `admin_ws_port = 7188`, `admin_wss_port = 7989`.
 * - Jitsi Videobridge doc/rest.md: the private interface (`/colibri/`, `/about/health`,
 *   `/about/version`) "Defaults to 8080", TLS "Defaults to 8443".
 * - Kurento docs (features/security): the JSON-RPC control WebSocket `ws://{KMS_HOST}:8888/kurento`,
 *   secure WebSocket `"port": 8433` once enabled in kurento.conf.json.
 * - Asterisk docs "Asterisk Configuration for ARI": http.conf `bindport` default 8088; the HTTP
 *   server is disabled by default. "The Asterisk Manager TCP IP API": "By default, AMI is
 *   available on TCP port 5038 if you enable it in manager.conf."
 * - LiveKit docs (self-hosting, ports and firewall): "API, WebSocket" on 7880, not to be exposed
 *   directly (behind a TLS-terminating load balancer); the server API shares it.
 * - mediasoup FAQ: a library with no network control API of its own.
 */
import type { ServerProduct } from '@/entities/onboarding/types';

export interface ProductInfo {
  readonly label: string;
  /** The control or admin interfaces and their default ports, as one phrase. */
  readonly control: string;
  /** The checklist item specific to this product's control interface, if any. */
  readonly itemId?: string;
  readonly source: string;
}

export const PRODUCTS: Record<Exclude<ServerProduct, ''>, ProductInfo> = {
  coturn: {
    label: 'coturn',
    control: 'telnet CLI on 5766, web-admin on 8080, Prometheus metrics on 9641',
    itemId: 'turn-disable-cli',
    source: 'https://github.com/coturn/coturn/blob/master/examples/etc/turnserver.conf',
  },
  janus: {
    label: 'Janus',
    control: 'Admin/Monitor API on 7088 (HTTPS 7889), path /admin, and over WebSockets on 7188 (WSS 7989)',
    itemId: 'media-janus-admin-api-private',
    source: 'https://github.com/meetecho/janus-gateway/blob/master/conf/janus.transport.http.jcfg.sample.in',
  },
  'jitsi-videobridge': {
    label: 'Jitsi Videobridge',
    control: 'private HTTP interface on 8080 (TLS 8443): /colibri/, /about/health, /about/version',
    itemId: 'media-jitsi-jvb-private',
    source: 'https://github.com/jitsi/jitsi-videobridge/blob/master/doc/rest.md',
  },
  mediasoup: {
    label: 'mediasoup',
    control: 'no control API of its own: the signaling you built around it is the control channel',
    itemId: 'media-mediasoup-own-control-channel',
    source: 'https://mediasoup.org/faq/',
  },
  livekit: {
    label: 'LiveKit',
    control: 'signal server and server API on 7880 (meant for a TLS load balancer, not the open Internet), authorized by the API key and secret',
    itemId: 'media-livekit-api-secret-backend',
    source: 'https://docs.livekit.io/transport/self-hosting/ports-firewall/',
  },
  kurento: {
    label: 'Kurento',
    control: 'JSON-RPC control WebSocket on 8888 (ws://…:8888/kurento; WSS 8433 when enabled)',
    itemId: 'media-kurento-firewall-8888',
    source: 'https://doc-kurento.readthedocs.io/en/latest/features/security.html',
  },
  asterisk: {
    label: 'Asterisk',
    control: 'ARI on the built-in HTTP server (http.conf bindport, default 8088) and AMI on TCP 5038 (manager.conf)',
    itemId: 'media-asterisk-ari-private',
    source: 'https://docs.asterisk.org/Configuration/Interfaces/Asterisk-REST-Interface-ARI/Asterisk-Configuration-for-ARI',
  },
  other: { label: 'Other', control: 'its control or admin API', source: '' },
};

export function productLabel(product: ServerProduct): string {
  return product === '' ? '' : PRODUCTS[product].label;
}

export const ROLE_LABELS = {
  web: 'Web / app server',
  signaling: 'Signaling',
  turn: 'TURN',
  media: 'Media server / SFU',
  recording: 'Recording',
  database: 'Database / storage',
  other: 'Other',
} as const;

export const EXPOSURE_LABELS = {
  none: 'Nothing',
  media: 'Media only',
  'https-api': 'HTTPS API',
  'admin-api': 'Admin or control API',
} as const;
