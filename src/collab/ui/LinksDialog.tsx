import { useId, useState } from 'react';
import { roomUrl } from '../roomLink';
import type { LiveSession } from '../session';
import { copyText } from '../shareLive';
import { LiveDialog } from './LiveDialog';

interface LinksDialogProps {
  session: LiveSession;
  yourName: string;
  /** Opened by Share live right after creating the room: whether the edit link was copied then. */
  copiedOnStart: boolean | null;
  onClose: () => void;
}

/** The room's links (edit and view-only) with Copy buttons, your name as others see it, and Leave. */
export function LinksDialog({ session, yourName, copiedOnStart, onClose }: LinksDialogProps) {
  const { link } = session;
  const editLink = roomUrl(window.location.href, { ...link, mode: 'edit' });
  const viewLink = roomUrl(window.location.href, { ...link, mode: 'view' });
  const [name, setName] = useState(yourName);
  const nameId = useId();
  const heading = copiedOnStart === null ? 'Live session' : 'This map is live';
  return (
    <LiveDialog title={heading} onClose={onClose}>
      {copiedOnStart !== null && (
        <p className="live-dialog__text" role="status">
          {copiedOnStart
            ? 'The edit link is copied: paste it to the people who map this decision with you.'
            : 'Copy the edit link below and send it to the people who map this decision with you.'}
        </p>
      )}
      {link.mode === 'edit' && <LinkField label="Edit link" value={editLink} />}
      <LinkField label="View-only link" value={viewLink} />
      <p className="live-dialog__note">
        The view-only link shows the map live without letting anyone change it from the app. It is not a
        password: anyone who has either link can join the room.
      </p>
      <form
        className="live-dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          session.setName(name);
          onClose();
        }}
      >
        <label htmlFor={nameId}>Your name, as others see it</label>
        <input
          id={nameId}
          className="live-dialog__input"
          value={name}
          maxLength={40}
          onChange={(event) => setName(event.target.value)}
          onBlur={() => session.setName(name)}
        />
        <div className="live-dialog__actions">
          <button type="submit" className="button button--primary">
            Done
          </button>
          <button type="button" className="button button--danger" onClick={() => session.leave()}>
            Leave live session
          </button>
        </div>
      </form>
    </LiveDialog>
  );
}

function LinkField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <div className="live-link">
      <label htmlFor={id}>{label}</label>
      <div className="live-link__row">
        <input
          id={id}
          className="live-dialog__input"
          value={value}
          readOnly
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button" onClick={() => void copyText(value).then(setCopied)}>
          {copied === true ? 'Copied' : 'Copy'}
        </button>
      </div>
      {copied === false && (
        <p className="live-dialog__problem">
          The browser did not allow copying: select the link and copy it.
        </p>
      )}
    </div>
  );
}
