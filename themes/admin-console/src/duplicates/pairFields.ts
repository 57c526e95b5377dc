import type { Patient } from "../api/types";
import { comparedFields, differs, fullName } from "../registrations/comparedFields";
import type { DuplicatePair } from "./duplicatesApi";

/** The fields where the two records disagree, one of them empty included, in reading order. */
export const differingFields = (a: Patient, b: Patient) =>
  comparedFields.filter((field) => differs(field, a, b) || differs(field, b, a));

/** Both names of a pair, as the list and the comparison name it. */
export const pairNames = (pair: DuplicatePair) => ({ a: fullName(pair.a), b: fullName(pair.b) });
