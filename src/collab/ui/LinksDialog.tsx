import { useEffect, useId, useState } from 'react';
import { requestLinks, type LinksResult } from '../doc/linksApi';
import { roomUrl } from '../doc/roomLink';
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

/**
 * The view-only link, as the sync server signs it (asked with this page's edit token): its key only
 * views, so it can be forwarded without giving anyone the right to edit.
 */
function useViewLink(session: LiveSession): LinksResult | null {
  const { link } = session;
  const [result, setResult] = useState<LinksResult | null>(null);
  useEffect(() => {
    if (link.mode !== 'edit') return;
    let current = true;
    void requestLinks(link.sync, link.token).then((answer) => {
      if (current) setResult(answer);
    });
    return () => {
      current = false;
    };
  }, [link]);
  return result;
}

/** The room's links (edit and view-only) with Copy buttons, your name as others see it, and Leave. */
export function LinksDialog({ session, yourName, copiedOnStart, onClose }: LinksDialogProps) {
  const { link } = session;
  const editLink = roomUrl(window.location.href, link);
  const asked = useViewLink(session);
  const viewLink =
    link.mode === 'view'
      ? roomUrl(window.location.href, link)
      : asked?.ok
        ? roomUrl(window.location.href, { ...link, token: asked.links.view })
        : null;
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
      {viewLink !== null ? (
        <LinkField label="View-only link" value={viewLink} />
      ) : (
        <p className="live-dialog__text" role={asked && !asked.ok ? 'alert' : 'status'}>
          {asked && !asked.ok
            ? `No view-only link: ${asked.message}`
            : 'Getting a view-only link from the sync server…'}
        </p>
      )}
      <p className="live-dialog__note">
        Each link carries its own key, checked by the sync server: the view-only link shows the map live and
        cannot change it. Anyone who has the edit link can edit; links stop working when they expire or when
        the server’s key is changed.
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
