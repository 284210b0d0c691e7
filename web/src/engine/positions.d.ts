/** UTF-16 column of a 1-based UTF-8 byte column within one line of text. */
export function byteToUtf16Column(lineText: string, byteColumn: number): number;
export function sourceLines(source: string): string[];
export function columnConverter(source: string): (line: number, byteColumn: number) => number;
export function convertPositions<T>(result: T, source: string, filename?: string): T;
