// How Enter indents the next line of a plan file in the YAML editor.

/**
 * indentAfter is the indentation for a new line typed after line (the text
 * before the cursor on it):
 *
 * - after a key that opens a block (`exit:`), two more spaces than the key;
 * - after a list item that starts a mapping (`  - name: Beta`), the column
 *   of its first key, so the next key joins the same item;
 * - after any other list item (`      - Support briefed`, `  - {…}`), the
 *   column of its dash, ready for the next item;
 * - otherwise the line's own indentation.
 */
export function indentAfter(line: string): string {
  const indent = /^ */.exec(line)![0];
  const trimmed = line.trimEnd();
  if (trimmed.trim() === '') return indent;
  const item = /^( *)- +(.*)$/.exec(trimmed);
  if (item) {
    const [, dash, rest] = item;
    if (/:$/.test(rest) && !rest.startsWith('{') && !rest.startsWith('[')) return `${dash}    `;
    if (/^[^{["'#][^:#]*: /.test(rest) || /^[^{["'#][^:#]*:$/.test(rest)) return `${dash}  `;
    return dash;
  }
  if (/:$/.test(trimmed) && !/#/.test(trimmed)) return `${indent}  `;
  return indent;
}
