// Before/after of an audit event, field by field. The backend records each
// side as a JSON object with the same keys (see backend/audit's package
// doc); nested objects are flattened into dotted field names, and text with
// line breaks gets a line diff.

/** LineChange is one line of a line diff. */
export interface LineChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** FieldChange is one field's value before and after ('' when the side does not have it). */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
  changed: boolean;
  /** lines is the line diff when either side is text with line breaks. */
  lines?: LineChange[];
}

type Flat = Map<string, unknown>;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** flatten maps each leaf of v to its dotted path; arrays and scalars are leaves. */
function flatten(v: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (!isObject(v)) {
    if (v !== undefined) out.set(prefix || 'value', v);
    return out;
  }
  for (const [key, value] of Object.entries(v)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isObject(value) && Object.keys(value).length > 0) flatten(value, path, out);
    else out.set(path, value);
  }
  return out;
}

/** show writes a value for a person: text as it is, anything else as compact JSON. */
export function show(v: unknown): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/** fieldChanges lists every field either side has, in the order first seen (before, then after). */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const b = flatten(before);
  const a = flatten(after);
  const fields = [...new Set([...b.keys(), ...a.keys()])];
  return fields.map((field) => {
    const was = show(b.get(field));
    const now = show(a.get(field));
    const change: FieldChange = { field, before: was, after: now, changed: was !== now };
    if (change.changed && (was.includes('\n') || now.includes('\n'))) change.lines = lineDiff(was, now);
    return change;
  });
}

/** lineDiff is the shortest edit from before's lines to after's (longest common subsequence). */
export function lineDiff(before: string, after: string): LineChange[] {
  const x = before === '' ? [] : before.split('\n');
  const y = after === '' ? [] : after.split('\n');
  // common[i][j] is the length of the longest common subsequence of x[i:] and y[j:].
  const common = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      common[i][j] = x[i] === y[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const out: LineChange[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      out.push({ kind: 'same', text: x[i] });
      i++;
      j++;
    } else if (common[i + 1][j] >= common[i][j + 1]) {
      out.push({ kind: 'removed', text: x[i++] });
    } else {
      out.push({ kind: 'added', text: y[j++] });
    }
  }
  while (i < x.length) out.push({ kind: 'removed', text: x[i++] });
  while (j < y.length) out.push({ kind: 'added', text: y[j++] });
  return out;
}
