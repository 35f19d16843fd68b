// The ribbon's function file. The "Сверка" button only opens the task pane (ShowTaskpane), so
// there is no function to register; Office still loads this page and needs Office.onReady to run.
Office.onReady(() => undefined);
