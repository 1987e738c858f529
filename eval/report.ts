/** What each evaluation task returns: a markdown section, headline numbers, and gates that fail the run. */
export interface Gate { name: string; ok: boolean; message: string }
export interface Section { title: string; markdown: string; numbers: Record<string, number | string>; gates: Gate[] }

export function table(header: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}
