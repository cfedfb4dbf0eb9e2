import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorSelection, EditorState, type Text } from '@codemirror/state';
import { EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers, type Command } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import type { PlanProblem } from '../../api';
import { indentAfter } from './yamlIndent';

/** newlineKeepingIndent is Enter: a line break indented as indentAfter says for the text before the cursor. */
const newlineKeepingIndent: Command = (view) => {
  view.dispatch(
    view.state.changeByRange((range) => {
      const line = view.state.doc.lineAt(range.from);
      const insert = `\n${indentAfter(line.text.slice(0, range.from - line.from))}`;
      return {
        changes: { from: range.from, to: range.to, insert },
        range: EditorSelection.cursor(range.from + insert.length),
      };
    }),
  );
  return true;
};

/** diagnostics places each problem on its line; a problem without a line (0) or past the end goes on the last line. */
export function diagnostics(doc: Text, problems: PlanProblem[]): Diagnostic[] {
  return problems.map((p) => {
    const line = doc.line(Math.min(Math.max(p.line, 1), doc.lines));
    return { from: line.from, to: line.to, severity: 'error', message: p.reason };
  });
}

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '13px', border: '1px solid var(--mantine-color-gray-4)', borderRadius: '4px' },
  '&.cm-focused': { outline: '2px solid var(--mantine-color-blue-5)', outlineOffset: '-1px' },
  '.cm-scroller': { fontFamily: 'var(--mantine-font-family-monospace)', overflow: 'auto' },
});

/**
 * YamlEditor edits a plan file with CodeMirror: line numbers, YAML colours,
 * Enter keeping the indentation of the line (and of list items), and the
 * plan's problems as diagnostics on their lines. jump moves the cursor to a
 * line; a new object asks again for the same line.
 */
export function YamlEditor({
  value,
  onChange,
  problems,
  jump,
  height,
}: {
  value: string;
  onChange: (text: string) => void;
  problems: PlanProblem[];
  jump: { line: number } | null;
  height: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;

  useEffect(() => {
    const v = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          history(),
          yaml(),
          syntaxHighlighting(defaultHighlightStyle),
          lintGutter(),
          EditorState.tabSize.of(2),
          keymap.of([{ key: 'Enter', run: newlineKeepingIndent }, indentWithTab, ...defaultKeymap, ...historyKeymap]),
          EditorView.contentAttributes.of({ 'aria-label': 'Plan file', spellcheck: 'false' }),
          EditorView.updateListener.of((u) => u.docChanged && changed.current(u.state.doc.toString())),
          theme,
        ],
      }),
    });
    view.current = v;
    return () => v.destroy();
    // The editor owns its text from here on; value only seeds it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const v = view.current;
    if (v) v.dispatch(setDiagnostics(v.state, diagnostics(v.state.doc, problems)));
  }, [problems]);

  useEffect(() => {
    const v = view.current;
    if (!v || !jump) return;
    const line = v.state.doc.line(Math.min(Math.max(jump.line, 1), v.state.doc.lines));
    v.dispatch({ selection: { anchor: line.from }, effects: EditorView.scrollIntoView(line.from, { y: 'center' }) });
    v.focus();
  }, [jump]);

  return <div ref={host} style={{ height }} data-testid="yaml-editor" />;
}
