/** Shared `appliesTo` conditions, so the same architecture condition is written once. */
import type { AppliesTo } from '@/entities/checklist/types';

/** The team runs (or hosts) a media server of some kind: SFU, MCU, recorder or gateway. */
export const RUNS_MEDIA_SERVER = {
  mediaServer: ['janus', 'jitsi', 'mediasoup', 'livekit', 'kurento', 'asterisk', 'other'],
} as const satisfies AppliesTo;
