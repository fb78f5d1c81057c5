/**
 * The analysis report: analysis() turns a score report into the agency's analysis (data), and pure renderers
 * turn that into Markdown, standalone HTML, or spreadsheet rows.
 */
export {
  analysis,
  analyseAssessment,
  analyseFile,
  previousFromReport,
  readPrevious,
  type AnalysisOptions,
  type AnalyseFileResult,
  type ReadPreviousResult,
} from './analyse.js';
export * from './types.js';
export { analysisLabels, agencyTypeName, fiscalYearText, DIRECTION_WORDS, type AnalysisLabels } from './labels.js';
export { analysisDocument, SECTION_IDS, type Block, type Cell } from './document.js';
export { renderMarkdown, escapeMarkdown } from './markdown.js';
export {
  renderHtml,
  renderHtmlFragment,
  escapeHtml,
  fontFaceCss,
  REPORT_CSS,
  THAI_FONT_STACK,
  type EmbeddedFont,
} from './html.js';
export { analysisSheets, type Sheet, type SheetCell } from './sheets.js';
export { cleanText } from './clean.js';
