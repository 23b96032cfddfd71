import { z } from 'zod/mini';

// The page runs under a Content-Security-Policy of script-src 'self': zod must never try to compile
// validators with `new Function`. zod decides that when each schema is built, and the schemas are built
// when their modules load, so main.tsx imports this module before any other.
z.config({ jitless: true });
