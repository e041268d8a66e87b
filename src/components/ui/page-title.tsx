import { APP_NAME } from '@/config/paths';
import { stripBidiControls } from '@/lib/display-text';

/** React 19 hoists <title> into <head>: one per page. Bidi controls from a project name are removed. */
export function PageTitle({ title }: { title: string }) {
  const clean = stripBidiControls(title);
  return <title>{clean ? `${clean} · ${APP_NAME}` : APP_NAME}</title>;
}
