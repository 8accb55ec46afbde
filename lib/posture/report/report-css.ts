// Print styles of the posture report: A4, system fonts only (nothing is fetched), a page break before each section.
export const REPORT_CSS = `
@page { size: A4; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 10.5pt/1.45 "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; color: #111827; }
h1 { font-size: 22pt; margin: 0 0 4pt; }
h2 { font-size: 15pt; margin: 0 0 8pt; padding-bottom: 4pt; border-bottom: 1.5pt solid #111827; }
h3 { font-size: 12pt; margin: 12pt 0 4pt; }
p { margin: 0 0 8pt; }
section { break-before: page; }
section.cover, section.keep { break-before: auto; }
section.keep { margin-top: 18pt; }
.muted, .note { color: #4b5563; }
.note { font-size: 9pt; }
.score { font-size: 40pt; font-weight: 700; line-height: 1.1; margin: 14pt 0 2pt; }
.score small { font-size: 14pt; font-weight: 400; color: #4b5563; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 10pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { text-align: left; padding: 3pt 6pt; border-bottom: 0.5pt solid #d1d5db; vertical-align: top; }
th { font-weight: 600; border-bottom: 1pt solid #111827; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.facts { width: auto; min-width: 60%; }
table.facts th { border-bottom: 0.5pt solid #d1d5db; font-weight: 400; color: #4b5563; padding-right: 24pt; }
ol.formula li { margin-bottom: 4pt; }
.empty { font-style: italic; color: #4b5563; }
svg.chart { display: block; max-width: 100%; height: auto; margin: 6pt 0 12pt; font-family: inherit; }
svg .grid { stroke: #e5e7eb; stroke-width: 1; }
svg .axis { stroke: #111827; stroke-width: 1; }
svg .tick, svg .bar-label, svg .bar-value, svg .point { font-size: 10px; fill: #111827; }
svg .axis-title { font-size: 10px; fill: #4b5563; }
svg .line { fill: none; stroke: #1d4ed8; stroke-width: 2; }
svg .dot { fill: #1d4ed8; }
svg .bar-track { fill: #f3f4f6; }
svg .bar { fill: #1d4ed8; }
`;
