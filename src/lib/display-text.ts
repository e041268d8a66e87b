/**
 * Text from outside (project names, owners, notes) shown in lists, titles and PDFs. Bidirectional
 * control characters (embeddings, overrides, isolates, marks) can make a name display reversed or
 * reorder the text around it ("Trojan Source"), so they are removed wherever such text is shown;
 * the stored text keeps them. Components also wrap names in <bdi> (see components/ui/display-text)
 * so right-to-left names do not reorder their surroundings.
 *
 * No imports: the PDF layout and the Node seeders load this file.
 */

/** LRE, RLE, PDF, LRO, RLO (U+202A–U+202E), LRI, RLI, FSI, PDI (U+2066–U+2069), LRM, RLM, ALM. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export function isBidiControl(codePoint: number): boolean {
  return (
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069) ||
    codePoint === 0x200e ||
    codePoint === 0x200f ||
    codePoint === 0x061c
  );
}

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
