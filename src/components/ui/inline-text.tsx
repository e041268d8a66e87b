import { Fragment } from 'react';

export interface InlineSegment {
  /** true for a `code` span (backticks removed). */
  code: boolean;
  text: string;
}

/**
 * Splits Markdown-style inline code out of plain text: "set `use-auth-secret` on" becomes text, code,
 * text. Only single backticks delimit code. A backtick without a partner, and an empty pair (``),
 * stay as literal text. Adjacent text is merged, and empty text segments are dropped.
 */
export function splitInlineCode(text: string): InlineSegment[] {
  const out: InlineSegment[] = [];
  const pushText = (t: string) => {
    if (!t) return;
    const last = out[out.length - 1];
    if (last && !last.code) last.text += t;
    else out.push({ code: false, text: t });
  };
  let pos = 0;
  while (pos < text.length) {
    const open = text.indexOf('`', pos);
    const close = open === -1 ? -1 : text.indexOf('`', open + 1);
    if (close === -1) {
      pushText(text.slice(pos));
      break;
    }
    pushText(text.slice(pos, open));
    if (close === open + 1) pushText('``');
    else out.push({ code: true, text: text.slice(open + 1, close) });
    pos = close + 1;
  }
  return out;
}

/** Renders text with `backtick` spans as <code>; everything else stays plain text (never parsed as HTML). */
export function InlineText({ text }: { text: string }) {
  return (
    <>
      {splitInlineCode(text).map((s, i) => (s.code ? <code key={i}>{s.text}</code> : <Fragment key={i}>{s.text}</Fragment>))}
    </>
  );
}
