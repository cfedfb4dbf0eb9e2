import { LinkFlagDialog } from '../LinkFlagDialog';
import { MoveDialog } from '../MoveDialog';
import { PlanEditor } from '../PlanEditor';

/** ReleaseDialogKind names the release page's dialogs; '' is none. */
export type ReleaseDialogKind = '' | 'advance' | 'rollback' | 'link' | 'edit';

/**
 * ReleaseDialog shows the open dialog of the release page. onChanged gets the
 * release's key after a change, a new one when the plan editor renamed it.
 */
export function ReleaseDialog({
  kind,
  release,
  onClose,
  onChanged,
}: {
  kind: ReleaseDialogKind;
  release: string;
  onClose: () => void;
  onChanged: (key: string) => void;
}) {
  switch (kind) {
    case 'advance':
    case 'rollback':
      return <MoveDialog release={release} direction={kind} onClose={onClose} onMoved={() => onChanged(release)} />;
    case 'link':
      return <LinkFlagDialog release={release} onClose={onClose} onLinked={() => onChanged(release)} />;
    case 'edit':
      return <PlanEditor release={release} onClose={onClose} onSaved={onChanged} />;
    default:
      return null;
  }
}
