import { useTranslation } from "react-i18next";
import type { AgeBand } from "./comingOfAgeApi";

/** What a band does, in words: "from 12, parents and guardians keep only: Book appointments". */
export function useAgeBandWords() {
  const { t } = useTranslation();
  return (band: AgeBand) =>
    t(`patientAccess.comingOfAge.band.${band.kind}`, {
      age: band.age,
      carries: band.carries.map((permission) => t(`patientAccess.permission.${permission}`)).join(", "),
    });
}
