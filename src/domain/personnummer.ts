/**
 * The personal-data screen of free texts (notes, status texts, prompt answers, imported texts, agreement texts):
 * anything that looks like a Swedish personnummer or samordningsnummer, however it is spelled, is refused, so
 * personal data about suspects or youths is never stored. The rules live in ./personal-data/.
 */
export {
  containsPersonalNumber,
  findPersonalNumbers,
  isPersonalNumberDigits,
  luhnValid,
} from './personal-data/personnummer.ts';
