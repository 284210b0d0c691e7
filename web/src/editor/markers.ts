// The only caller of monaco.editor.setModelMarkers: turns the run's error into
// a squiggle at its exact line and column (Monaco counts UTF-16 code units,
// 1-based, as the engine's JS API does), with the message on hover and, for a
// duplicate variable, a related location pointing at the line that first
// created it (clicking it there jumps to that line).
import type * as Monaco from 'monaco-editor/editor/editor.api.js';
import { errorRange, originalDefinitionLine } from '../diagnostics';
import type { RunError } from '../types';

export const MARKER_OWNER = 'scopeplay';

export function lineLengths(model: Monaco.editor.ITextModel): number[] {
  const out: number[] = [];
  for (let i = 1; i <= model.getLineCount(); i++) out.push(model.getLineLength(i));
  return out;
}

export function setErrorMarkers(
  monaco: typeof Monaco,
  model: Monaco.editor.ITextModel,
  error: RunError | null,
  filename: string,
  originLabel: (line: number) => string,
): void {
  const markers: Monaco.editor.IMarkerData[] = [];
  const range = error ? errorRange(error, lineLengths(model)) : null;
  if (error && range) {
    const origin = originalDefinitionLine(error, filename);
    const marker: Monaco.editor.IMarkerData = {
      severity: monaco.MarkerSeverity.Error,
      source: error.type,
      message: `${error.type}: ${error.message}`,
      startLineNumber: range.startLine,
      startColumn: range.startColumn,
      endLineNumber: range.endLine,
      endColumn: range.endColumn,
    };
    if (origin !== null && origin <= model.getLineCount()) {
      marker.relatedInformation = [
        {
          resource: model.uri,
          message: originLabel(origin),
          startLineNumber: origin,
          startColumn: 1,
          endLineNumber: origin,
          endColumn: model.getLineMaxColumn(origin),
        },
      ];
    }
    markers.push(marker);
  }
  monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
}
