import { Modal } from '@mantine/core';
import { api, type Notice } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import { RenderedView } from '../communications/RenderedView';
import { ErrorAlert } from '../ErrorAlert';
import { Loading } from '../Loading';

/** NoticePreviewDialog shows a drafted notice as it reads now, rendered by the Go side. */
export function NoticePreviewDialog({ notice, onClose }: { notice: Notice; onClose: () => void }) {
  const preview = useLoad(() => api.previewNotice(notice.id), [notice.id]);
  return (
    <Modal opened onClose={onClose} title={notice.title || notice.template} size="xl">
      {preview.error && <ErrorAlert message={preview.error} />}
      {!preview.data && !preview.error && <Loading />}
      {preview.data && <RenderedView preview={preview.data} />}
    </Modal>
  );
}
