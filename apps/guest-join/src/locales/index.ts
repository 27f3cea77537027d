import type { Locale } from '@passerelle/web-kit';
import ar from './ar.json';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import ru from './ru.json';
import uk from './uk.json';

/** Typed against English, so a key missing from any language fails the type-check. */
export const messages: Record<Locale, typeof en> = { en, fr, ar, es, ru, uk };
