import { api, type FlagLink } from '../api';
import { confirmRemoval } from '../components/confirmRemoval';
import { useAction } from './useAction';

/** useUnlink returns an action that confirms, then unlinks a flag from the release. */
export function useUnlink(release: string, onDone: () => void): (link: FlagLink) => void {
  const unlink = useAction((link: FlagLink) => api.unlinkFlag(release, link), { errorTitle: 'Could not unlink the flag' });
  return (link) =>
    confirmRemoval({
      title: `Unlink ${link.flag_key} (${link.environment})?`,
      text: "The release stops tracking this flag, and every phase's override for it is removed. The flag itself is not changed.",
      confirm: 'Unlink',
      onConfirm: async () => {
        if ((await unlink.run(link)).ok) onDone();
      },
    });
}
