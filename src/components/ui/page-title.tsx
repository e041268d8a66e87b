import { APP_NAME } from '@/config/paths';

/** React 19 hoists <title> into <head>: one per page. */
export function PageTitle({ title }: { title: string }) {
  return <title>{title ? `${title} · ${APP_NAME}` : APP_NAME}</title>;
}
