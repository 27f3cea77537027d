import { ar } from './ar';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ru } from './ru';
import { uk } from './uk';

export const expertiseInfoRequested = { en, fr, ar, es, ru, uk };
