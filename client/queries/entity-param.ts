// An entity parameter of a saved query: picked by name through the search picker, sent as its id.
import { EntityId } from '@contract/graph.ts';
import { getEntity } from '../api.ts';
import { createEntityPicker } from '../explore/entity-picker.ts';

export interface EntityParam {
  element: HTMLElement;
  input: HTMLInputElement;
  /** The chosen entity's id ('' for none, so the query's default applies). */
  raw(): string;
  setRaw(id: string): void;
  /** Words for a name typed but never picked, or undefined. */
  problem(): string | undefined;
}

export function createEntityParam(fieldId: string, name: string, defaultId: string | null): EntityParam {
  let chosen = '';
  const picker = createEntityPicker(fieldId, name, (node) => { chosen = node?.id ?? ''; });
  const input = picker.element.querySelector('input')!;
  input.dataset.param = name;
  // A typed id (from a link, or by someone who knows it) still counts; the server says if no such entity is in scope.
  input.addEventListener('input', () => {
    const text = input.value.trim();
    chosen = EntityId.safeParse(text).success ? text : '';
  });

  // Enter picks while the matches are open (the picker's own rule); with them closed it runs, as in any other field.
  let wasOpen = false;
  picker.element.addEventListener('keydown', () => { wasOpen = input.getAttribute('aria-expanded') === 'true'; }, true);
  picker.element.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !wasOpen) input.form?.requestSubmit();
  });

  /** Shows an id by its name once the server has it; the id stays chosen either way. */
  const showName = async (id: string): Promise<void> => {
    try {
      const { node } = await getEntity(id);
      if (chosen === id) picker.set(node);
    } catch {
      // Unknown here (another dataset, or removed): the id itself is shown, and a run explains.
    }
  };
  input.placeholder = defaultId ? 'Type a name… (empty = the default)' : 'Type a name… (empty = all)';

  return {
    element: picker.element,
    input,
    raw: () => chosen,
    setRaw(id) {
      chosen = id;
      input.value = id;
      if (id) void showName(id);
    },
    problem() {
      if (input.value.trim() === '' || chosen !== '') return undefined;
      return `${name}: choose an entity from the list of matches`;
    },
  };
}
