/** Checks a booking's containers and carriers, naming each broken field and rule. */
import { checkContainerNumber, checkContainerType } from '../reference';
import type { UserError } from '../shared/user-error';
import { fieldError } from '../shared/user-error';

export interface ContainerInput {
  number: string;
  type: string;
}

export interface ValidContainer {
  number: string;
  type: string;
  teu: number;
}

export function validateContainers(containers: readonly ContainerInput[], errors: UserError[]): ValidContainer[] {
  const valid: ValidContainer[] = [];
  const seen = new Set<string>();
  containers.forEach((c, i) => {
    const at = (f: string) => ['input', 'containers', String(i), f];
    const number = checkContainerNumber(c.number);
    const type = checkContainerType(c.type);
    if (!number.ok) errors.push(fieldError(at('number'), number.rule, number.message));
    if (!type.ok) errors.push(fieldError(at('type'), type.rule, type.message));
    if (number.ok && seen.has(number.value.number)) errors.push(fieldError(at('number'), 'unique', `container ${number.value.number} is listed twice`));
    if (number.ok) seen.add(number.value.number);
    if (number.ok && type.ok) valid.push({ number: number.value.number, type: type.value.code, teu: type.value.teu });
  });
  return valid;
}
