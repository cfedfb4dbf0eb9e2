import { IconLifebuoy } from '@tabler/icons-react';
import { PageHeader } from '../components/PageHeader';
import { TemplateCatalog } from '../components/TemplateCatalog';

/** SupportPage is the support team's read-only view of the troubleshooting guides. */
export function SupportPage() {
  return (
    <>
      <PageHeader
        title="Support guides"
        subtitle="What support needs per phase: symptoms, how to tell whether a customer is in the rollout, workarounds and escalation."
      />
      <TemplateCatalog
        channel="support"
        emptyIcon={<IconLifebuoy />}
        emptyTitle="No support guides"
        emptyText="Support guides are Markdown templates whose channel is “support”."
      />
    </>
  );
}
