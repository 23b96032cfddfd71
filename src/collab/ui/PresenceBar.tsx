import { initials, type Person } from '../presence';
import type { LiveSession, LiveView } from '../session';

const SHOWN = 8;

/**
 * Who is here: one avatar per person (you first). Pressing someone else's avatar follows their
 * viewport — what a room does to watch the facilitator — and pressing it again stops.
 */
export function PresenceBar({ session, view }: { session: LiveSession; view: LiveView }) {
  const shown = view.people.slice(0, SHOWN);
  const hidden = view.people.length - shown.length;
  const youId = view.people.find((p) => p.isYou)?.clientId ?? null;
  return (
    <ul
      className="presence"
      aria-label={`${view.people.length} ${view.people.length === 1 ? 'person' : 'people'} in this live session`}
    >
      {shown.map((person) => (
        <li key={person.clientId}>
          <Avatar
            person={person}
            following={view.following?.clientId === person.clientId}
            youId={youId}
            onFollow={(id) => session.follow(id)}
          />
        </li>
      ))}
      {hidden > 0 && <li className="presence__more">+{hidden}</li>}
    </ul>
  );
}

interface AvatarProps {
  person: Person;
  following: boolean;
  /** Your client id, to tell who follows you. */
  youId: number | null;
  onFollow: (id: number | null) => void;
}

function Avatar({ person, following, youId, onFollow }: AvatarProps) {
  const label = `${person.name}${person.mode === 'view' ? ' (viewing)' : ''}`;
  const followsYou = youId !== null && person.following === youId;
  if (person.isYou)
    return (
      <span
        className="presence__avatar presence__avatar--you"
        style={{ background: person.color }}
        title={`${label} — you`}
        aria-label={`${label} (you)`}
      >
        {initials(person.name)}
      </span>
    );
  return (
    <button
      type="button"
      className={`presence__avatar${following ? ' presence__avatar--followed' : ''}`}
      style={{ background: person.color }}
      aria-pressed={following}
      aria-label={following ? `Stop following ${label}` : `Follow ${label}`}
      title={
        following
          ? `Following ${label}: press to stop`
          : followsYou
            ? `${label} follows your view`
            : `Follow ${label}'s view`
      }
      onClick={() => onFollow(following ? null : person.clientId)}
    >
      {initials(person.name)}
    </button>
  );
}
