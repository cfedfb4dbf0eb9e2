import { lazy, type ComponentProps } from 'react';
import { suspended } from '../LazyCharts';
import type { YamlEditor as EagerYamlEditor } from './YamlEditor';

// CodeMirror is only needed once someone opens a plan's YAML tab, so it is
// loaded then, in its own chunk, like the charts.

/** YamlEditor is ./YamlEditor, loaded on first use. */
export const YamlEditor = suspended<ComponentProps<typeof EagerYamlEditor>>(
  lazy(() => import('./YamlEditor').then((m) => ({ default: m.YamlEditor }))),
);
