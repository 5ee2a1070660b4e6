/**
 * Downloads the bill as a DCSA eBL 3.0.3 TransportDocument (`dcsaTransportDocument`), as a
 * `<number>.dcsa-ebl-3.0.3.json` file. When the API cannot export the bill it says why
 * (`dcsaExportBlockers`), and the page shows that instead of a file.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, request } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useSession } from '../../session';
import { BillDcsaQuery } from './operations';

export function dcsaFileName(number: string): string {
  return `${number}.dcsa-ebl-3.0.3.json`;
}

export function DcsaDownload({ number }: { number: string }) {
  const { t } = useTranslation();
  const { token } = useSession();
  const [blockers, setBlockers] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    setError(null);
    setBlockers([]);
    try {
      const { bill } = await request(BillDcsaQuery, { number }, token);
      if (!bill?.dcsaTransportDocument) {
        setBlockers(bill?.dcsaExportBlockers ?? []);
        return;
      }
      // Indented for a human reader; the content is the API's, unchanged.
      const text = JSON.stringify(JSON.parse(bill.dcsaTransportDocument), null, 2);
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = dcsaFileName(bill.number);
      document.body.append(link);
      link.click();
      link.remove();
      // The browser reads the blob after the click returns; free it a little later.
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError([{ message: String(failure) }], 0));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" onClick={() => void download()} disabled={busy}>
        {t('billConsole.dcsaDownload')}
      </button>
      {error ? <ErrorNotice error={error} /> : null}
      {blockers.length > 0 ? (
        <div role="alert" className="error" data-testid="dcsa-blockers">
          <strong>{t('billConsole.dcsaBlocked')}</strong>
          <ul>
            {blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
