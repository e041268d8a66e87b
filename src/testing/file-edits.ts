/**
 * fast-check arbitraries for outside input that starts as a valid file or stored value: one random
 * edit of the JSON tree (a value replaced by any JSON at any depth, or a key removed), then maybe
 * the text cut or garbled, or, for a share of the cases, any text at all. Property tests of
 * parsers (issue 18) use it so every parser sees the same kinds of damage.
 */
import fc from 'fast-check';

type Edit = { path: readonly number[]; kind: 'replace' | 'delete'; value: unknown };

/** Applies an edit at the node reached by following child indexes (modulo the keys there). */
function edit(root: unknown, e: Edit): unknown {
  const copy = JSON.parse(JSON.stringify(root)) as unknown;
  let node = copy as Record<string, unknown>;
  for (const [depth, step] of e.path.entries()) {
    if (node === null || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[step % keys.length]!;
    const child = node[key];
    const last = depth === e.path.length - 1 || child === null || typeof child !== 'object';
    if (last) {
      if (e.kind === 'delete') delete node[key];
      else node[key] = e.value;
      break;
    }
    node = child as Record<string, unknown>;
  }
  return copy;
}

const editArb: fc.Arbitrary<Edit> = fc.record({
  path: fc.array(fc.nat(40), { minLength: 1, maxLength: 5 }),
  kind: fc.constantFrom('replace' as const, 'delete' as const),
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('', -1, 1e308, '__proto__', 'constructor', 'sha256:' + '0'.repeat(64), 'password=hunter2')),
});

type TextEdit = { kind: 'cut'; at: number } | { kind: 'garble'; at: number; with: string } | { kind: 'none' };
/** Mostly none: a cut or garble almost always breaks the JSON, and the edited tree is what reaches the deeper checks. */
const textEditArb: fc.Arbitrary<TextEdit> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('garble' as const), at: fc.nat(), with: fc.string({ maxLength: 4 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('none' as const) }) },
);

function applyText(text: string, t: TextEdit): string {
  if (t.kind === 'none') return text;
  const at = t.at % (text.length + 1);
  return t.kind === 'cut' ? text.slice(0, at) : text.slice(0, at) + t.with + text.slice(at + 1);
}

/** Text of a value from `valid` (JSON) after one random edit and maybe a cut or garble; or, sometimes, any text. */
export function editedJson(valid: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(valid, editArb, textEditArb).map(([v, e, t]) => applyText(JSON.stringify(edit(v, e)), t)) },
    { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 3 })) },
  );
}

/** `editedJson` of one fixed valid value. */
export function editedJsonText(valid: unknown): fc.Arbitrary<string> {
  return editedJson(fc.constant(valid));
}
