// First import: zod is told not to compile validators (CSP script-src 'self') before any schema exists.
import './zodConfig';

// Then the app, loaded only now: the bundler may put schemas in a chunk that runs as soon as it is
// imported, so a static import here could build them before the setting above has run.
void import('./boot');
