import { Checkbox, Group, TagsInput, TextInput } from '@mantine/core';
import type { ConnectionDraft } from '../../api';

/** SplitFields are the fields only a Split connection has: workspace and environment ids, and how to send a Harness token. */
export function SplitFields({ draft, set }: { draft: ConnectionDraft; set: (change: Partial<ConnectionDraft>) => void }) {
  return (
    <>
      <Group grow align="flex-start">
        <TextInput
          label="Workspace id (optional)"
          description="With environment ids, a flags-only key works: no admin-only listings"
          value={draft.workspace_id}
          onChange={(e) => set({ workspace_id: e.currentTarget.value.trim() })}
        />
        <TagsInput
          label="Environment ids"
          description="Used with the workspace id"
          value={draft.environment_ids}
          onChange={(environment_ids) => set({ environment_ids })}
          placeholder="Type and press Enter"
        />
      </Group>
      <Checkbox
        label="Harness token: send it as x-api-key instead of Authorization: Bearer"
        checked={draft.auth === 'x-api-key'}
        onChange={(e) => set({ auth: e.currentTarget.checked ? 'x-api-key' : '' })}
      />
    </>
  );
}
