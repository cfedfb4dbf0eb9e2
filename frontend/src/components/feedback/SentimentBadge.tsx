import { Badge } from '@mantine/core';
import { sentimentStyle } from '../../feedback';

/** SentimentBadge shows how a feedback entry feels, in its colour. */
export function SentimentBadge({ sentiment }: { sentiment: string }) {
  const { label, color } = sentimentStyle(sentiment);
  return (
    <Badge color={color} variant="light" size="sm" style={{ flexShrink: 0 }}>
      {label}
    </Badge>
  );
}
