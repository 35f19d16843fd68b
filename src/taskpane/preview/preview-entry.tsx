// The browser preview: the real task pane and the real Excel adapter, over the in-memory Excel
// stand-in instead of Office (no Office.js, no Excel needed).
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createExcelWorkbookHost } from '../../excel/excel-workbook-host';
import { createExcelStandIn } from '../../excel/stand-in/excel-stand-in';
import { PreviewApp } from './PreviewApp';
import { PreviewWorkbook } from './preview-workbook';

const standIn = createExcelStandIn();
const workbook = new PreviewWorkbook(standIn.book, standIn.run);
const host = createExcelWorkbookHost(workbook.run);

// For a person poking around in the console (and the end-to-end tests' sync counts).
(globalThis as { sverkaPreview?: unknown }).sverkaPreview = { standIn };

const container = document.getElementById('root');
if (!container) throw new Error('preview.html has no #root element');
createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <PreviewApp workbook={workbook} host={host} />
  </FluentProvider>,
);
