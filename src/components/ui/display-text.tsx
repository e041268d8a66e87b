import { stripBidiControls } from '@/lib/display-text';

/**
 * Text from outside (a project name) in a list or heading: bidirectional control characters
 * removed (an override would display the name reversed), and isolated with <bdi> so a
 * right-to-left name cannot reorder the text around it.
 */
export function DisplayText({ text }: { text: string }) {
  return <bdi>{stripBidiControls(text)}</bdi>;
}
