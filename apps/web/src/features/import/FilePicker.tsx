import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A file input that also takes a dropped file; the input stays the accessible control. */
export function FilePicker({ onFile, accept }: { onFile: (file: File) => void; accept: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [active, setActive] = useState(false);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is a shortcut; the file input inside is the accessible control
    <div
      className="dropzone"
      data-active={active}
      onDragOver={(e) => {
        e.preventDefault();
        setActive(true);
      }}
      onDragLeave={() => setActive(false)}
      onDrop={(e) => {
        e.preventDefault();
        setActive(false);
        const f = e.dataTransfer.files[0];
        if (f) onFile(f);
      }}
    >
      <p>{t('import.drop')}</p>
      <input
        id={id}
        type="file"
        accept={accept}
        className="visually-hidden"
        data-testid="import-file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) onFile(f);
          e.target.value = '';
        }}
      />
      <label htmlFor={id} className="btn btn-primary">
        {t('import.choose')}
      </label>
    </div>
  );
}
