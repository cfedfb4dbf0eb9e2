import { api, type MetricsImported } from '../api';
import { showReadinessChanges } from '../components/ReadinessToasts';
import { useAction, type Outcome } from './useAction';

/** importedText says what an import or entry stored: "3 values added, 1 replaced". */
function importedText(r: MetricsImported): string {
  return `${r.added} value${r.added === 1 ? '' : 's'} added, ${r.replaced} replaced`;
}

/**
 * useMetricActions imports a metrics CSV (through the Go side's open
 * dialog) or stores one typed value for a release; either toasts what was
 * stored and any verdict it changed, then calls onDone. A cancelled dialog
 * does nothing.
 */
export function useMetricActions(release: string, onDone: () => void) {
  const importFile = useAction(() => api.importMetricsFile(release), {
    errorTitle: 'The metrics file was not imported',
    sticky: true,
    success: (r) => (r ? { color: 'teal', title: `Imported ${r.metrics.join(', ')}`, message: importedText(r) } : undefined),
  });
  const enter = useAction((metric: string, day: string, value: number) => api.enterMetric(release, metric, day, value), {
    success: (r, [metric, day, value]) => ({ color: 'teal', title: `${metric} = ${value} on ${day}`, message: importedText(r) }),
  });
  const after = (outcome: Outcome<MetricsImported | null>) => {
    if (!outcome.ok || !outcome.value) return false;
    showReadinessChanges(outcome.value.changes ?? []);
    onDone();
    return true;
  };
  return {
    importFile: async () => after(await importFile.run()),
    importing: importFile.busy,
    enter: async (metric: string, day: string, value: number) => after(await enter.run(metric, day, value)),
    entering: enter.busy,
    enterError: enter.error,
  };
}
