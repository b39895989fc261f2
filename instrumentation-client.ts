import { z } from "zod";

// Runs in the browser before the app's own code. Zod probes for eval (`new Function`) the
// first time it builds an object schema; the CSP forbids eval, and Chrome reports the
// probe as a violation even though zod catches it. The forms validate with zod in the
// browser, so tell it not to try.
z.config({ jitless: true });
