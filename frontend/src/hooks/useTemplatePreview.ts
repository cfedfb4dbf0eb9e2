import { useEffect, useState } from 'react';
import { api, errorMessage, type Preview } from '../api';

/**
 * useTemplatePreview renders a template's source for a release and phase on
 * the Go side, a moment after typing stops, and keeps the last good preview
 * with the current problem ('' when it renders). Without a release it does
 * nothing, and it skips shared blocks ("_name"), which render only inside others.
 */
export function useTemplatePreview(name: string, source: string, release: string | null, phase: string | null) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problem, setProblem] = useState('');
  const partial = name.startsWith('_');

  useEffect(() => {
    if (!release || partial) return;
    const timer = setTimeout(() => {
      api
        .previewTemplate(release, phase ?? '', name, source)
        .then((p) => {
          setPreview(p);
          setProblem('');
        })
        .catch((e) => setProblem(errorMessage(e)));
    }, 250);
    return () => clearTimeout(timer);
  }, [release, phase, name, source, partial]);

  return { preview, problem };
}
