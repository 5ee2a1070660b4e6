/**
 * How a page's live updates stand, in words (not colour alone): live, connecting, falling back
 * to polling, or the token refused by the socket (4401/4403), which the party has to act on.
 */
import { useTranslation } from 'react-i18next';
import type { LiveState } from '../api/use-subscription';

export function LiveIndicator({ live, pollSeconds }: { live: LiveState; pollSeconds: number }) {
  const { t } = useTranslation();
  if (live.status === 'refused') {
    return (
      <p role="alert" className="error live-indicator" data-testid="live-indicator" data-status={live.status}>
        {t('live.refused', { reason: live.reason ?? '' })}
      </p>
    );
  }
  return (
    <p role="status" className={`live-indicator live-${live.status}`} data-testid="live-indicator" data-status={live.status}>
      <span aria-hidden="true" className="live-dot" /> {t(`live.${live.status}`, { seconds: pollSeconds })}
      {live.status === 'failed' && live.reason ? <span className="muted"> ({live.reason})</span> : null}
    </p>
  );
}
