/** Moved to lib (the onboarding files use it too); kept so existing imports stay valid. */
export { echoKey, formatIssue } from '@/lib/issue-path';
