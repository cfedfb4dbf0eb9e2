import { useEffect } from 'react';
import { api } from '../api';

/** useReadinessEvents calls reload whenever the Go side reports changed go/no-go verdicts. */
export function useReadinessEvents(reload: () => void) {
  useEffect(() => api.onReadinessChanged(() => reload()), [reload]);
}
