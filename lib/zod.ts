import { z } from 'zod';

// The project's one zod import. Validators are never compiled with `new Function`: extension pages forbid
// eval, and so does this project. (Only the background, options page, CLI and tests use zod.)
z.config({ jitless: true });

export { z };
