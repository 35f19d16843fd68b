// zod's own messages in Russian, per call: `schema.safeParse(value, RUSSIAN_ZOD)`. Never `z.config()`,
// which would change zod for the whole process (the pane, the server and every library that uses zod).
// A schema's own message (`{ error: '…' }`) still wins over this map, as zod orders them.
import { z } from 'zod';

export const RUSSIAN_ZOD: { error: z.core.$ZodErrorMap } = { error: z.locales.ru().localeError };
