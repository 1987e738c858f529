/**
 * Chart.js in React, with colour-blind-safe colours (Okabe–Ito) and text colours taken from the
 * current theme, so charts stay readable in light and dark. Each chart carries an aria-label and
 * a visually hidden table of its numbers for screen readers.
 */
import { BarController, BarElement, CategoryScale, Chart, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
  type ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'react';
import { useTheme } from '../hooks';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend, Filler);

export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];

export interface Series { label: string; values: number[] }

export function SeriesChart({ kind, labels, series, label, stacked = false, height = 260, horizontal = false }: {
  kind: 'bar' | 'line'; labels: string[]; series: Series[]; label: string; stacked?: boolean; height?: number; horizontal?: boolean;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const theme = useTheme();
  useEffect(() => {
    if (!canvas.current) return;
    const text = theme === 'dark' ? '#e6e6e6' : '#1f2328';
    const grid = theme === 'dark' ? 'rgba(255,255,255,0.12)' : 'rgba(0,0,0,0.08)';
    const config: ChartConfiguration<'bar' | 'line'> = {
      type: kind,
      data: {
        labels,
        datasets: series.map((s, i) => ({
          label: s.label, data: s.values, backgroundColor: PALETTE[i % PALETTE.length], borderColor: PALETTE[i % PALETTE.length],
          borderWidth: kind === 'line' ? 2 : 0, pointRadius: 0, fill: false, tension: 0.2,
        })),
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false, indexAxis: horizontal ? 'y' : 'x',
        interaction: { mode: 'index', intersect: false },
        plugins: { legend: { display: series.length > 1, labels: { color: text } }, tooltip: { enabled: true } },
        scales: {
          x: { stacked, ticks: { color: text, maxRotation: 0, autoSkip: true }, grid: { color: grid } },
          y: { stacked, ticks: { color: text }, grid: { color: grid }, beginAtZero: true },
        },
      },
    };
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [kind, labels, series, stacked, theme, horizontal]);
  return (
    <figure className="chart" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={label} />
      {/* The chart's data for screen readers; the wrapper clips it (a table ignores a width of 1px and would widen the page). */}
      <div className="visually-hidden">
        <table>
          <caption>{label}</caption>
          <thead><tr><th>label</th>{series.map((s) => <th key={s.label}>{s.label}</th>)}</tr></thead>
          <tbody>{labels.map((l, i) => <tr key={l}><td>{l}</td>{series.map((s) => <td key={s.label}>{s.values[i]}</td>)}</tr>)}</tbody>
        </table>
      </div>
    </figure>
  );
}

/** Volume points (bucket, key, posts) as one series per key over the sorted buckets. */
export function pivot(points: Array<{ bucket: string; key: string; posts: number }>): { labels: string[]; series: Series[] } {
  const labels = [...new Set(points.map((p) => p.bucket))].sort();
  const index = new Map(labels.map((l, i) => [l, i]));
  const byKey = new Map<string, number[]>();
  for (const p of points) {
    if (!byKey.has(p.key)) byKey.set(p.key, labels.map(() => 0));
    byKey.get(p.key)![index.get(p.bucket)!] = p.posts;
  }
  return { labels, series: [...byKey.entries()].map(([label, values]) => ({ label, values })) };
}
