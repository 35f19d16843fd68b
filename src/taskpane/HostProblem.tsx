import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({ box: { padding: tokens.spacingHorizontalM } });

/** The ExcelApi set the adapter needs (manifest.xml asks for the same). */
export const EXCEL_API = { set: 'ExcelApi', version: '1.13' } as const;

/** Where Office.js comes from (taskpane.html loads it from there; the Office Store requires that). */
export const OFFICE_JS_HOST = 'appsforoffice.microsoft.com';

/**
 * Why the pane cannot run here, and what to do: Office.js did not load (no internet, or the network blocks
 * Microsoft's CDN — the pane was blank), opened outside Excel, or in an Excel too old.
 */
export function HostProblem({ kind }: { kind: 'noOffice' | 'notExcel' | 'oldExcel' }) {
  const styles = useStyles();
  return (
    <div className={styles.box} role="alert">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          {kind === 'noOffice' ? (
            <>
              <MessageBarTitle>Не загрузилась библиотека Office</MessageBarTitle>
              Надстройка берёт её (office.js) с {OFFICE_JS_HOST}, а этот адрес сейчас недоступен. Проверьте подключение к интернету; если
              доступ в интернет ограничен, попросите администратора сети открыть {OFFICE_JS_HOST}. Затем откройте надстройку снова. (Office.js
              could not be loaded from {OFFICE_JS_HOST}: check the connection or ask the network administrator to allow it.)
            </>
          ) : kind === 'notExcel' ? (
            <>
              <MessageBarTitle>Надстройка работает в Excel</MessageBarTitle>
              Откройте её в Excel: вкладка «Главная», кнопка «Сверка». Без Excel попробуйте предпросмотр: preview.html. (The add-in runs inside
              Excel; without Excel, open preview.html.)
            </>
          ) : (
            <>
              <MessageBarTitle>Эта версия Excel не подходит</MessageBarTitle>
              Надстройке нужен {EXCEL_API.set} {EXCEL_API.version}: Excel для Microsoft 365, Excel 2021 или новее, Excel в Интернете. Обновите Excel и
              откройте надстройку снова. (This Excel lacks {EXCEL_API.set} {EXCEL_API.version}: update Excel.)
            </>
          )}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
