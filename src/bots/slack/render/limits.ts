/**
 * Block Kit's limits (Slack reference: blocks, block elements, composition objects, views) and a checker that walks
 * a block list or a view and names every breach. The renderers split and page so that nothing breaches them; the
 * checker runs in tests on every reply kind and at runtime as a guard before anything is sent.
 */
export const LIMITS = Object.freeze({
  /** Blocks in one message. */
  blocksPerMessage: 50,
  /** Blocks in a modal or the App Home tab. */
  blocksPerView: 100,
  /** A section's `text`, and any mrkdwn/plain_text object without a tighter limit. */
  sectionText: 3000,
  fieldsPerSection: 10,
  fieldText: 2000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  /** A link button's `url`. */
  buttonUrl: 3000,
  actionId: 255,
  blockId: 255,
  elementsPerActions: 25,
  elementsPerContext: 10,
  viewTitle: 24,
  viewButton: 24,
  privateMetadata: 3000,
  callbackId: 255,
  inputLabel: 2000,
  inputHint: 2000,
  placeholder: 150,
  inputMaxLength: 3000,
  /** The top-level `text` of chat.postMessage: Slack truncates beyond 40,000 characters. */
  messageText: 40_000,
});

export type Surface = 'message' | 'modal' | 'home';

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const textOf = (v: unknown): string | null =>
  isObj(v) && typeof v.text === 'string' ? v.text : typeof v === 'string' ? v : null;

/** Every breach of Block Kit's limits in `blocks` on `surface`, as readable lines (empty when all is well). */
export function blockKitProblems(blocks: readonly unknown[], surface: Surface = 'message'): string[] {
  const problems: string[] = [];
  const max = surface === 'message' ? LIMITS.blocksPerMessage : LIMITS.blocksPerView;
  if (blocks.length > max) problems.push(`${blocks.length} blocks > ${max} (${surface})`);
  const seenBlockIds = new Set<string>();
  for (const [i, block] of blocks.entries()) {
    const at = `blocks[${i}]`;
    if (!isObj(block)) {
      problems.push(`${at}: not an object`);
      continue;
    }
    const over = (path: string, value: string | null, limit: number) => {
      if (value !== null && value.length > limit) problems.push(`${at}${path}: ${value.length} > ${limit}`);
    };
    const empty = (path: string, value: string | null) => {
      if (value !== null && value.trim() === '') problems.push(`${at}${path}: empty text`);
    };
    if (typeof block.block_id === 'string') {
      over('.block_id', block.block_id, LIMITS.blockId);
      if (seenBlockIds.has(block.block_id)) problems.push(`${at}.block_id: duplicate ${block.block_id}`);
      seenBlockIds.add(block.block_id);
    }
    switch (block.type) {
      case 'header':
        over('.text', textOf(block.text), LIMITS.headerText);
        empty('.text', textOf(block.text));
        break;
      case 'section': {
        over('.text', textOf(block.text), LIMITS.sectionText);
        if (block.text !== undefined) empty('.text', textOf(block.text));
        const fields = Array.isArray(block.fields) ? block.fields : [];
        if (fields.length > LIMITS.fieldsPerSection)
          problems.push(`${at}.fields: ${fields.length} > ${LIMITS.fieldsPerSection}`);
        for (const [j, f] of fields.entries()) over(`.fields[${j}]`, textOf(f), LIMITS.fieldText);
        if (block.text === undefined && fields.length === 0)
          problems.push(`${at}: section without text or fields`);
        if (isObj(block.accessory)) checkElement(block.accessory, `${at}.accessory`, problems);
        break;
      }
      case 'context': {
        const elements = Array.isArray(block.elements) ? block.elements : [];
        if (elements.length > LIMITS.elementsPerContext)
          problems.push(`${at}.elements: ${elements.length} > ${LIMITS.elementsPerContext}`);
        for (const [j, e] of elements.entries()) over(`.elements[${j}]`, textOf(e), LIMITS.sectionText);
        break;
      }
      case 'actions': {
        const elements = Array.isArray(block.elements) ? block.elements : [];
        if (elements.length > LIMITS.elementsPerActions)
          problems.push(`${at}.elements: ${elements.length} > ${LIMITS.elementsPerActions}`);
        const ids = new Set<string>();
        for (const [j, e] of elements.entries()) {
          if (!isObj(e)) continue;
          checkElement(e, `${at}.elements[${j}]`, problems);
          if (typeof e.action_id === 'string') {
            if (ids.has(e.action_id))
              problems.push(`${at}.elements[${j}].action_id: duplicate ${e.action_id}`);
            ids.add(e.action_id);
          }
        }
        break;
      }
      case 'input':
        if (surface === 'message') problems.push(`${at}: input blocks belong in modals`);
        over('.label', textOf(block.label), LIMITS.inputLabel);
        over('.hint', textOf(block.hint), LIMITS.inputHint);
        if (isObj(block.element)) checkElement(block.element, `${at}.element`, problems);
        break;
      case 'divider':
        break;
      default:
        problems.push(`${at}: unexpected block type ${String(block.type)}`);
    }
  }
  return problems;
}

function checkElement(e: Json, at: string, problems: string[]): void {
  const over = (path: string, value: string | null, limit: number) => {
    if (value !== null && value.length > limit) problems.push(`${at}${path}: ${value.length} > ${limit}`);
  };
  if (typeof e.action_id === 'string') over('.action_id', e.action_id, LIMITS.actionId);
  if (e.type === 'button') {
    const label = textOf(e.text);
    over('.text', label, LIMITS.buttonText);
    if (!label || label.trim() === '') problems.push(`${at}.text: empty button label`);
    if (typeof e.value === 'string') over('.value', e.value, LIMITS.buttonValue);
    if (typeof e.url === 'string') {
      over('.url', e.url, LIMITS.buttonUrl);
      if (!/^https?:\/\//.test(e.url)) problems.push(`${at}.url: not an http(s) address`);
    }
  }
  if (e.type === 'plain_text_input' || e.type === 'number_input') {
    over('.placeholder', textOf(e.placeholder), LIMITS.placeholder);
    if (typeof e.initial_value === 'string') over('.initial_value', e.initial_value, LIMITS.inputMaxLength);
    if (typeof e.max_length === 'number' && e.max_length > LIMITS.inputMaxLength)
      problems.push(`${at}.max_length: ${e.max_length} > ${LIMITS.inputMaxLength}`);
  }
}

/** Every breach in a modal or App Home view: its title, buttons, metadata and blocks. */
export function viewProblems(view: Json): string[] {
  const problems: string[] = [];
  const surface: Surface = view.type === 'home' ? 'home' : 'modal';
  const over = (path: string, value: string | null, limit: number) => {
    if (value !== null && value.length > limit) problems.push(`view${path}: ${value.length} > ${limit}`);
  };
  if (surface === 'modal') {
    const title = textOf(view.title);
    if (!title || title.trim() === '') problems.push('view.title: missing');
    over('.title', title, LIMITS.viewTitle);
    over('.submit', textOf(view.submit), LIMITS.viewButton);
    over('.close', textOf(view.close), LIMITS.viewButton);
    const hasInput = Array.isArray(view.blocks) && view.blocks.some((b) => isObj(b) && b.type === 'input');
    if (hasInput && view.submit === undefined) problems.push('view.submit: required with input blocks');
  }
  if (typeof view.private_metadata === 'string')
    over('.private_metadata', view.private_metadata, LIMITS.privateMetadata);
  if (typeof view.callback_id === 'string') over('.callback_id', view.callback_id, LIMITS.callbackId);
  problems.push(...blockKitProblems(Array.isArray(view.blocks) ? view.blocks : [], surface));
  return problems;
}
