// A window as narrow as a task pane (the preview opened at the pane's own width): the page then shows the pane
// alone first and the workbook below it, and what would sit beside the pane has to sit inside the window.
export const NARROW_WINDOW = '@media (max-width: 720px)';
