import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { api } from '../api';
import { useLoad } from '../hooks/useLoad';
import { EmptyState } from './EmptyState';
import { ErrorAlert } from './ErrorAlert';
import { Loading } from './Loading';
import { TemplateList } from './TemplateList';

/** TemplateCatalog loads the templates (of one channel, when given) and lists them. */
export function TemplateCatalog({ channel, emptyIcon, emptyTitle, emptyText }: {
  channel?: string;
  emptyIcon: ReactNode;
  emptyTitle: string;
  emptyText: string;
}) {
  const templates = useLoad(
    async () => (await api.listTemplates()).filter((t) => !channel || t.channel === channel),
    [channel],
  );
  if (templates.error) return <ErrorAlert message={templates.error} />;
  if (!templates.data) return <Loading />;
  if (templates.data.length === 0) {
    return (
      <EmptyState icon={emptyIcon} title={emptyTitle}>
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      </EmptyState>
    );
  }
  return <TemplateList templates={templates.data} />;
}
