// The Cypher editor proper: CodeMirror 6 with Neo4j's Cypher support (highlighting, schema completion, lint); loaded on first use.
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import { Prec } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import type { SchemaSummary } from '@contract/queries.ts';

export interface CypherEditor {
  value(): string;
  setValue(text: string): void;
  focus(): void;
  setSchema(schema: SchemaSummary, parameters: string[]): void;
}

declare global {
  interface Window {
    /** The ad-hoc editor, published so end-to-end tests can read or set its text. */
    __editor?: Pick<CypherEditor, 'value' | 'setValue'>;
  }
}

export function mountCypherEditor(parent: HTMLElement, options: { labelledBy: string; onRun(): void }): CypherEditor {
  // The package's typings say it returns the editor API; at run time it returns { editor: EditorApi }.
  const created = createCypherEditor(parent, {
    value: '',
    theme: 'dark',
    lint: true,
    autofocus: false,
    lineWrapping: true,
    cursorWide: false,
    // Tab moves focus on, as everywhere else on the page, instead of trapping keyboard users in the editor.
    tabKey: false,
    placeholder: 'MATCH (o:Official) RETURN o.name AS name',
    lineNumberFormatter: (line) => String(line),
    preExtensions: [
      // Highest precedence: CodeMirror's default keymap would otherwise insert a blank line on Ctrl+Enter.
      Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => { options.onRun(); return true; } }])),
      EditorView.contentAttributes.of({ 'aria-labelledby': options.labelledBy, 'aria-multiline': 'true', 'data-testid': 'cypher-input' }),
    ],
  }) as unknown as { editor: EditorApi };
  const api = created.editor;
  const editor: CypherEditor = {
    value: () => api.codemirror.state.doc.toString(),
    setValue: (text) => api.setValue(text),
    focus: () => api.focus(),
    setSchema(schema, parameters) {
      // The editor's completion expects labels and types with their colon, as they are typed.
      api.setSchema({
        labels: schema.labels.map((l) => `:${l}`),
        relationshipTypes: schema.relationshipTypes.map((t) => `:${t}`),
        propertyKeys: schema.propertyKeys,
        procedures: schema.procedures.map((name) => ({ name, signature: '', returnItems: [] })),
        parameters,
      });
    },
  };
  window.__editor = { value: editor.value, setValue: editor.setValue };
  return editor;
}
