import { IconMail } from '@tabler/icons-react';
import { PageHeader } from '../components/PageHeader';
import { TemplateCatalog } from '../components/TemplateCatalog';

/** CommunicationsPage lists the Markdown templates for emails, in-app notices and guides. */
export function CommunicationsPage() {
  return (
    <>
      <PageHeader
        title="Communications"
        subtitle="Markdown templates per phase for customer emails, in-app announcements and support guides."
      />
      <TemplateCatalog
        emptyIcon={<IconMail />}
        emptyTitle="No templates"
        emptyText="Templates are Markdown files with YAML front matter (channel, phase, subject or title)."
      />
    </>
  );
}
