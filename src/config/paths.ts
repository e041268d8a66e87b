/** Every URL of the app, in one place. Components never write a path literal. */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  project: {
    path: '/projects/:projectId/*',
    /** The project page itself, without the sub-pages (its prerendered skeleton answers these URLs). */
    pagePath: '/projects/:projectId',
    getHref: (projectId: string) => `/projects/${encodeURIComponent(projectId)}`,
  },
  projectOnboarding: {
    path: '/projects/:projectId/onboarding',
    getHref: (projectId: string) => `/projects/${encodeURIComponent(projectId)}/onboarding`,
  },
  projectBrief: {
    path: '/projects/:projectId/brief',
    getHref: (projectId: string) => `/projects/${encodeURIComponent(projectId)}/brief`,
  },
  /** The contractor's side: import an onboarding pack, acknowledge the rules. */
  onboard: { path: '/onboard', getHref: () => '/onboard' },
  checklist: { path: '/checklist', getHref: () => '/checklist' },
  checklistItem: {
    path: '/checklist/:itemId',
    getHref: (itemId: string) => `/checklist/${encodeURIComponent(itemId)}`,
  },
  /** With a project: the tester judges the results against the project's profile (`?project=`). */
  turn: { path: '/turn', getHref: (projectId?: string) => (projectId === undefined ? '/turn' : `/turn?project=${encodeURIComponent(projectId)}`) },
  coturn: { path: '/coturn', getHref: () => '/coturn' },
  about: { path: '/about', getHref: () => '/about' },
} as const;

export const APP_NAME = 'WebRTC Security Checklist';
