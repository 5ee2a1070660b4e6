/**
 * The declarant corrects a declaration customs returned (退单) and resubmits it, or files the
 * complete declaration (完整申报) of a two-step import released for pickup: the content starts
 * from what the declaration states and is checked again like a filing. Which of the two applies
 * is the API's `allowedEvents`; with neither, the page says there is nothing to correct.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorsNotAt, type UserErrorView, useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Link, navigate } from '../../router';
import { DeclarationContentFields, contentPaths } from './DeclarationContentFields';
import { type ContentDraft, contentOf, draftFromDeclaration } from './declaration-draft';
import { CompleteDeclarationMutation, CorrectDeclarationMutation, DeclarationQuery } from './operations';
import { RefusalSummary } from './RefusalSummary';

export function CorrectDeclarationPage({ number }: { number: string }) {
  const { t } = useTranslation();
  const { data, error, loading } = useQuery(DeclarationQuery, { number });
  const correct = useMutation(CorrectDeclarationMutation);
  const complete = useMutation(CompleteDeclarationMutation);
  const [draft, setDraft] = useState<ContentDraft | null>(null);
  const [userErrors, setUserErrors] = useState<UserErrorView[]>([]);
  const d = data?.declaration;

  useEffect(() => {
    if (d) setDraft((current) => current ?? draftFromDeclaration(d));
  }, [d]);

  const completing = d?.allowedEvents.includes('COMPLETE_DECLARATION') ?? false;
  const correcting = d?.allowedEvents.includes('RESUBMIT') ?? false;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!d || !draft) return;
    const variables = { number: d.number, content: contentOf(draft, d.mode === 'ADVANCE'), expectedVersion: d.version };
    const payload = completing ? (await complete.run(variables))?.completeDeclaration : (await correct.run(variables))?.correctDeclaration;
    if (!payload) return;
    setUserErrors(payload.userErrors);
    if (payload.declaration) navigate(`/customs/${d.number}`);
  };
  const set = <K extends keyof ContentDraft>(key: K, value: ContentDraft[K]) => setDraft((x) => (x ? { ...x, [key]: value } : x));
  const setLine = (i: number, key: string, value: string) => setDraft((x) => (x ? { ...x, lines: x.lines.map((l, n) => (n === i ? { ...l, [key]: value } : l)) } : x));
  const mutation = completing ? complete : correct;

  return (
    <section aria-labelledby="correct-title">
      <h1 id="correct-title">
        {t(completing ? 'customs.correct.completeTitle' : 'customs.correct.title')} {number}
      </h1>
      {error ? <ErrorNotice error={error} /> : null}
      {loading && !data ? <p role="status">{t('customs.page.loading')}</p> : null}
      {data && !d ? <p role="alert">{t('customs.page.notFound', { number })}</p> : null}
      {d && !completing && !correcting ? (
        <p>
          {t('customs.correct.nothing')} <Link to={`/customs/${d.number}`}>{d.number}</Link>
        </p>
      ) : null}
      {d && draft && (completing || correcting) ? (
        <form onSubmit={submit} data-testid="correct-form">
          {d.rejectionReason ? (
            <p className="error">
              {t('customs.correct.returnedBecause')} {d.rejectionReason}
            </p>
          ) : null}
          <DeclarationContentFields draft={draft} prefix="content" errors={userErrors} advance={d.mode === 'ADVANCE'} set={set} setLine={setLine} />
          <RefusalSummary errors={errorsNotAt(userErrors, contentPaths('content'))} />
          {mutation.error ? <ErrorNotice error={mutation.error} /> : null}
          <p>
            <button type="submit" disabled={mutation.running}>
              {t(completing ? 'customs.act.COMPLETE_DECLARATION' : 'customs.act.RESUBMIT')}
            </button>
          </p>
        </form>
      ) : null}
    </section>
  );
}
