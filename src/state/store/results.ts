/* What an action that can be refused gives back. */

/** Every action that can be refused says why, in words the inspector shows beside the field. */
export type ActionResult = { ok: true } | { ok: false; message: string; field?: string };

export type ConnectResult = { ok: true; edgeId: string } | { ok: false; message: string };
