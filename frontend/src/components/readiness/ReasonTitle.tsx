import { Badge, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** GuardrailBadge marks a criterion whose failure means roll back. */
export function GuardrailBadge() {
  return (
    <Badge size="xs" color="red" variant="outline" style={{ flexShrink: 0 }}>
      Guardrail
    </Badge>
  );
}

/** ReasonTitle is a reason's or criterion's text, marked when it is a guardrail, with anything that follows it on the line. */
export function ReasonTitle({ text, guardrail, children }: { text: string; guardrail?: boolean; children?: ReactNode }) {
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm" fw={500}>
        {text}
      </Text>
      {guardrail && <GuardrailBadge />}
      {children}
    </Group>
  );
}
