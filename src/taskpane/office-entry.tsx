// The task pane inside Excel: waits for Office, then runs the pane over the Excel adapter.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createExcelWorkbookHost } from '../excel/excel-workbook-host';
import { EXCEL_API, HostProblem } from './HostProblem';
import { storedLanguage } from './i18n/stored-language';
import { TaskPane } from './TaskPane';

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');
const root = createRoot(container);

function render(node: ReactNode): void {
  root.render(
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
      {node}
    </FluentProvider>,
  );
}

if (typeof Office === 'undefined') {
  // office.js did not load (offline, or a network that blocks Microsoft's CDN): a blank pane says nothing.
  render(<HostProblem kind="noOffice" />);
} else {
  Office.onReady((info) => {
    // Outside Excel (a browser tab) or in an Excel without the API set: say so instead of failing on Excel.run.
    const problem =
      info.host !== Office.HostType.Excel ? 'notExcel' : !Office.context.requirements.isSetSupported(EXCEL_API.set, EXCEL_API.version) ? 'oldExcel' : null;
    render(problem ? <HostProblem kind={problem} /> : <TaskPane host={createExcelWorkbookHost(Excel.run)} initialLang={storedLanguage()} />);
  });
}
