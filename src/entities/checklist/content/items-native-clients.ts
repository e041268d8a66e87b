import type { ChecklistItem } from '@/entities/checklist/types';
import { REF } from './refs';

const SHIPS_NATIVE_APPS = { nativeApps: [true] } as const;

/** Native, desktop and mobile apps that embed their own WebRTC stack. */
export const nativeClientItems: readonly ChecklistItem[] = [
  {
    id: 'native-update-libwebrtc',
    section: 'native-clients',
    title: 'Keep the embedded WebRTC library within a few milestones of Chrome stable',
    why: 'Browsers patch WebRTC automatically, but the libwebrtc copy inside your app only changes when you ship an update. Project Zero found messengers shipping WebRTC bugs long after upstream fixes, and Chrome’s WebRTC has had exploited-in-the-wild bugs such as CVE-2023-7024.',
    verify:
      'Find the WebRTC milestone your apps are built from (the SDK’s release notes, the dependency lock file or the branch you compile) and compare it with current Chrome stable; read the Chrome Releases security notes for WebRTC fixes since then.',
    fix: 'Set a policy to stay no more than two milestones behind, schedule library updates into every release train, and ship out-of-band updates for WebRTC security fixes.',
    severity: 'high',
    appliesTo: SHIPS_NATIVE_APPS,
    references: [REF.projectZeroMessengers, REF.cve20237024, REF.chromeReleases, REF.blogGeekChecklist2020],
    tags: ['native', 'patching', 'libwebrtc'],
    standards: [],
    evidence: [],
  },
  {
    id: 'native-validate-tls-certificates',
    section: 'native-clients',
    title: 'Validate TLS certificates on signaling, API and turns: connections',
    why: 'Native code often disables certificate checks during development and ships that way, letting anyone on the network read and alter signaling, tokens and SDP fingerprints. libwebrtc also has an insecure no-check policy for `turns:` servers.',
    verify:
      'Route the app through mitmproxy without installing its CA: every connection must fail. Grep the code for trust-all TrustManagers, empty `checkServerTrusted`, `NSAllowsArbitraryLoads`, `ServerCertificateValidationCallback` returning true, and `TlsCertPolicyInsecureNoCheck` or `TLS_CERT_POLICY_INSECURE_NO_CHECK` in ICE server config.',
    fix: 'Use the platform’s default certificate validation everywhere, remove debug bypasses from release builds, and consider pinning for your own signaling hosts.',
    severity: 'high',
    appliesTo: SHIPS_NATIVE_APPS,
    references: [REF.owaspMasvs, REF.blogGeekChecklist2020, REF.asvsV12],
    tags: ['native', 'tls', 'certificates'],
    standards: [{ id: '12.3.2', level: 2 }],
    evidence: [],
  },
  {
    id: 'native-signaling-over-tls',
    section: 'native-clients',
    title: 'Use HTTPS, WSS or TLS for all signaling from native apps',
    why: 'Native apps are not bound by the browser’s secure-context and mixed-content rules, so a `ws://` or plain SIP URL works and quietly exposes tokens and SDP. Mobile networks and public Wi-Fi make interception easy.',
    verify:
      'Grep app code and remote config for `ws://`, `http://` and `transport=udp` SIP URLs; on Android, check that `usesCleartextTraffic` is false or a network security config forbids cleartext; on iOS, check App Transport Security has no exceptions for your hosts.',
    fix: 'Switch every signaling and API URL to TLS, block cleartext at the platform level, and fail closed instead of falling back to plain connections.',
    severity: 'high',
    appliesTo: SHIPS_NATIVE_APPS,
    references: [REF.blogGeekChecklist2020, REF.owaspMasvs],
    tags: ['native', 'tls', 'signaling'],
    standards: [],
    evidence: [],
  },
  {
    id: 'native-secure-token-storage',
    section: 'native-clients',
    title: 'Store session tokens in the platform keystore, not in plain preferences',
    why: 'Tokens in SharedPreferences, UserDefaults or plain files are readable from backups, rooted devices and malware with storage access. A stolen refresh token lets an attacker join calls as the user.',
    verify:
      'On a test device or emulator, inspect `/data/data/<package>/shared_prefs/`, app sandboxes and backup archives for tokens; check code for Keychain or Android Keystore use.',
    fix: 'Keep tokens in the iOS Keychain or Android Keystore-backed storage, exclude them from backups, and keep access tokens short-lived.',
    severity: 'medium',
    appliesTo: SHIPS_NATIVE_APPS,
    references: [REF.owaspMasvs],
    tags: ['native', 'storage', 'tokens'],
    standards: [],
    evidence: [],
  },
  {
    id: 'native-webview-permission-grants',
    section: 'native-clients',
    title: 'Grant camera and microphone to WebViews only for your own origin',
    why: 'Hybrid apps often implement `onPermissionRequest` by granting every requested resource, so any page loaded in the WebView (an ad, a redirect, an injected frame) gets the camera and microphone the user granted to your app.',
    verify:
      'Grep for `onPermissionRequest` (Android WebChromeClient) and `requestMediaCapturePermissionFor` (iOS WKUIDelegate) and check that they inspect the request origin and grant only the needed resources for your domain.',
    fix: 'Check `request.getOrigin()` (or the iOS security origin) against your calling origin, grant only the requested capture type, deny everything else, and keep WebView navigation restricted to your domains.',
    severity: 'medium',
    appliesTo: SHIPS_NATIVE_APPS,
    references: [REF.owaspMasvs, REF.rfc8827Permissions],
    tags: ['native', 'webview', 'permissions'],
    standards: [],
    evidence: [],
  },
  {
    id: 'native-electron-permission-handler',
    section: 'native-clients',
    title: 'Set an Electron permission request handler that limits media access',
    why: 'Electron approves permission requests such as media access by default, so any remote content loaded in your desktop app can open the camera and microphone without a prompt. Combined with a renderer XSS, that becomes silent surveillance.',
    verify:
      'Search the main process for `session.setPermissionRequestHandler` and `setPermissionCheckHandler`; both must deny media and display-capture except for your own origin. Check `contextIsolation` is on and `nodeIntegration` off for windows that load remote content.',
    fix: 'Install permission request and check handlers that allow media only for your calling origin, keep context isolation and sandboxing on, and load only your own content in windows that can capture.',
    severity: 'medium',
    appliesTo: SHIPS_NATIVE_APPS,
    references: [REF.electronSecurity],
    tags: ['native', 'electron', 'permissions'],
    standards: [],
    evidence: [],
  },
  {
    id: 'native-capture-lifecycle',
    section: 'native-clients',
    title: 'Stop capture when the app leaves a call and declare background capture honestly',
    why: 'Mobile apps can keep the microphone or camera running in the background, which both platforms flag to users and app stores reject when undeclared. Capture that outlives the call is a privacy incident waiting for a screenshot on social media.',
    verify:
      'End a call and background the app: the OS privacy indicators (iOS green/orange dot, Android status bar icons) must disappear. Check that background capture is tied to an active call through CallKit or an Android foreground service with the camera/microphone type.',
    fix: 'Release capture devices when calls end, use CallKit or ConnectionService and the matching foreground service type for ongoing calls, and never start capture from background work.',
    severity: 'low',
    appliesTo: SHIPS_NATIVE_APPS,
    references: [REF.owaspMasvs, REF.rfc8827Permissions],
    tags: ['native', 'privacy', 'permissions'],
    standards: [],
    evidence: [],
  },
];
