import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';

/** Reasons reviewers give most, one click away; the text stays editable. */
const PRESETS = ['missing', 'wrongYear', 'notOwnSite', 'unreachable', 'incomplete', 'wrongItem'] as const;

/**
 * Reject (or ask for changes) with a reason: a reason is required, and it is what the auditor reads.
 */
export function ReasonDialog({
  open,
  decision,
  subject,
  onCancel,
  onConfirm,
  busy,
}: {
  open: boolean;
  decision: 'reject' | 'request-changes';
  subject: string;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  useEffect(() => {
    if (open) {
      setReason('');
      setTouched(false);
      requestAnimationFrame(() => ref.current?.focus());
    }
  }, [open]);
  const missing = reason.trim().length === 0;
  const submit = () => {
    setTouched(true);
    if (!missing) onConfirm(reason.trim());
  };
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      title={decision === 'reject' ? t('review.rejectTitle', { subject }) : t('review.changesTitle', { subject })}
    >
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <fieldset className="row" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="small muted" style={{ marginBottom: '0.35rem' }}>
            {t('review.presets')}
          </legend>
          {PRESETS.map((p) => (
            <button
              type="button"
              key={p}
              className="btn btn-small"
              onClick={() => {
                const text = t(`review.preset.${p}`);
                setReason((r) => (r.trim() ? `${r.trim()} ${text}` : text));
                ref.current?.focus();
              }}
            >
              {t(`review.preset.${p}`)}
            </button>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={id}>{t('review.reason')}</label>
          <textarea
            id={id}
            ref={ref}
            className="textarea"
            value={reason}
            aria-required="true"
            aria-invalid={touched && missing}
            aria-describedby={touched && missing ? `${id}-err` : undefined}
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                submit();
              }
            }}
            data-testid="reason"
          />
          {touched && missing ? (
            <span id={`${id}-err`} className="field-error" role="alert">
              {t('review.reasonRequired')}
            </span>
          ) : (
            <span className="field-hint">{t('review.reasonHint')}</span>
          )}
        </div>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className={`btn ${decision === 'reject' ? 'btn-reject' : 'btn-primary'}`}
            disabled={busy}
          >
            {decision === 'reject' ? t('review.reject') : t('review.requestChanges')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
