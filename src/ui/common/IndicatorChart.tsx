// A small line chart drawn by hand in SVG: a few dozen elements need no chart library (none of the
// candidates is under 40 KB gzipped, and each brings its own idea of accessibility). The chart is
// one image to a screen reader, named by its title and described by the indicator's sentence; the
// table beside it has every figure. Lines differ by dash and marker as well as by colour.
import * as React from 'react';
import type { Indicator, IndicatorValue } from '../../domain/model';
import { pathValue } from '../../domain/indicators/indicatorStatus';
import { format } from '../format';
import { useUniqueId } from './useUniqueId';
import { useServices } from '../services/services';
import { amountText, formatValue } from './indicatorFormat';
import { useIndicatorClassNames } from './indicatorStyles';

export interface IIndicatorChartProps {
  indicator: Indicator;
  /** The indicator's values, oldest first. */
  values: readonly IndicatorValue[];
  /** The id of the text that describes the chart (the indicator's sentence). */
  describedBy: string;
}

const width = 320;
const height = 170;
const margin = { left: 48, right: 14, top: 12, bottom: 26 };

export interface IChartScale {
  x(year: number): number;
  y(value: number): number;
  years: [number, number];
  range: [number, number];
}

/** Years from the first point to the target year; values from 0 (or the lowest below it) to the highest. */
export function chartScale(indicator: Indicator, values: readonly IndicatorValue[]): IChartScale {
  const years = [indicator.baseline.year, indicator.target.year, ...values.map((value) => value.year)];
  const figures = [indicator.baseline.value, indicator.target.value, ...values.map((value) => value.value)];
  const first = Math.min(...years);
  const last = Math.max(...years) === first ? first + 1 : Math.max(...years);
  const low = Math.min(0, ...figures);
  const highest = Math.max(...figures);
  const high = highest === low ? low + 1 : highest + (highest - low) * 0.05;
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  return {
    x: (year) => margin.left + ((year - first) / (last - first)) * plotWidth,
    y: (value) => margin.top + (1 - (value - low) / (high - low)) * plotHeight,
    years: [first, last],
    range: [low, highest]
  };
}

export function IndicatorChart({ indicator, values, describedBy }: IIndicatorChartProps): React.ReactElement {
  const { strings, locale } = useServices();
  const classNames = useIndicatorClassNames();
  const titleId = useUniqueId('miljomal-indicator-chart');
  const scale = chartScale(indicator, values);
  const { baseline, target } = indicator;
  const [first, last] = scale.years;
  const [low, high] = scale.range;
  const bottom = height - margin.bottom;
  const points = values.map((value) => `${scale.x(value.year)},${scale.y(value.value)}`).join(' ');
  const latestYear = values.length === 0 ? undefined : values[values.length - 1].year;
  // Year labels at the ends, and at the latest value when there is room between them.
  const yearLabels = [first, last, ...(latestYear !== undefined && latestYear - first > 2 && last - latestYear > 2 ? [latestYear] : [])];
  return (
    <svg
      className={classNames.chart}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      focusable="false"
    >
      <title id={titleId}>{format(strings.IndChartTitle, indicator.name)}</title>
      <g className={classNames.chartAxis} stroke="currentColor" strokeWidth="1">
        <line x1={margin.left} y1={bottom} x2={width - margin.right} y2={bottom} />
        <line x1={margin.left} y1={margin.top} x2={margin.left} y2={bottom} />
      </g>
      <g className={classNames.chartLabel} aria-hidden="true">
        <text x={margin.left - 6} y={scale.y(high) + 4} textAnchor="end">{formatValue(high, locale)}</text>
        <text x={margin.left - 6} y={scale.y(low) + 4} textAnchor="end">{formatValue(low, locale)}</text>
        {yearLabels.map((year) => (
          <text key={year} x={scale.x(year)} y={height - 8} textAnchor="middle">{year}</text>
        ))}
      </g>
      <g className={classNames.chartTarget} stroke="currentColor" fill="none">
        <line x1={margin.left} y1={scale.y(target.value)} x2={width - margin.right} y2={scale.y(target.value)} strokeWidth="1.5" strokeDasharray="1 3" />
        <path d={diamond(scale.x(target.year), scale.y(target.value), 5)} strokeWidth="1.5" />
      </g>
      {/* The target line says its value, as the table's target row does: at its start, far from the path to it,
          above the line, below it when at the top. */}
      <text className={classNames.chartLabel} aria-hidden="true" x={margin.left + 6} textAnchor="start"
        y={scale.y(target.value) - margin.top < 14 ? scale.y(target.value) + 15 : scale.y(target.value) - 6}>
        {format(strings.IndChartTargetLabel, amountText(indicator, target.value, strings, locale))}
      </text>
      <g className={classNames.chartPath} stroke="currentColor" fill="none">
        <line
          x1={scale.x(baseline.year)} y1={scale.y(baseline.value)}
          x2={scale.x(target.year)} y2={scale.y(pathValue(indicator, target.year))}
          strokeWidth="1.5" strokeDasharray="6 4"
        />
        <rect x={scale.x(baseline.year) - 4} y={scale.y(baseline.value) - 4} width="8" height="8" strokeWidth="1.5" />
      </g>
      <g className={classNames.chartValues} stroke="currentColor">
        {values.length > 1 ? <polyline points={points} fill="none" strokeWidth="2.5" strokeLinejoin="round" /> : null}
        {values.map((value) => (
          <circle
            key={value.year}
            cx={scale.x(value.year)}
            cy={scale.y(value.value)}
            r="3.5"
            strokeWidth="1.5"
            fill={value.preliminary ? 'none' : 'currentColor'}
          />
        ))}
      </g>
    </svg>
  );
}

function diamond(x: number, y: number, r: number): string {
  return `M${x} ${y - r}L${x + r} ${y}L${x} ${y + r}L${x - r} ${y}Z`;
}

/** What each line is: the same marks as the chart, each with its words. */
export function ChartLegend(): React.ReactElement {
  const { strings } = useServices();
  const classNames = useIndicatorClassNames();
  const swatch = (className: string, mark: React.ReactNode): React.ReactElement => (
    <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" focusable="false" className={className}>{mark}</svg>
  );
  return (
    <ul className={classNames.legend}>
      <li>
        {swatch(classNames.chartValues, <g stroke="currentColor"><line x1="2" y1="6" x2="26" y2="6" strokeWidth="2.5" /><circle cx="14" cy="6" r="3.5" fill="currentColor" /></g>)}
        {strings.IndLegendValues}
      </li>
      <li>
        {swatch(classNames.chartPath, <g stroke="currentColor" fill="none"><line x1="2" y1="6" x2="26" y2="6" strokeWidth="1.5" strokeDasharray="6 4" /><rect x="1" y="2" width="8" height="8" strokeWidth="1.5" /></g>)}
        {strings.IndLegendPath}
      </li>
      <li>
        {swatch(classNames.chartTarget, <g stroke="currentColor" fill="none"><line x1="2" y1="6" x2="26" y2="6" strokeWidth="1.5" strokeDasharray="1 3" /><path d={diamond(20, 6, 5)} strokeWidth="1.5" /></g>)}
        {strings.IndLegendTarget}
      </li>
    </ul>
  );
}
