import { Alert, Text, TextContent } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { ComingOfAgePage } from "./comingOfAgeApi";
import { useAgeBandWords } from "./useAgeBandWords";

/** The realm's age-band setting in words, or a warning that it is not understood (then no band applies). */
export const AgeBandsSetting = ({ ageBands }: { ageBands: ComingOfAgePage["ageBands"] }) => {
  const { t } = useTranslation();
  const bandWords = useAgeBandWords();
  if (!ageBands.understood) {
    return (
      <Alert
        isInline
        component="h2"
        variant="warning"
        title={t("patientAccess.comingOfAge.ageBandsNotUnderstood", { setting: ageBands.setting ?? "" })}
      >
        {t("patientAccess.comingOfAge.ageBandsNotUnderstoodBody")}
      </Alert>
    );
  }
  return (
    <TextContent>
      <Text component="p" id="coming-of-age-bands">
        {ageBands.bands.length === 0
          ? t("patientAccess.comingOfAge.ageBandsNone")
          : t("patientAccess.comingOfAge.ageBands", { bands: ageBands.bands.map(bandWords).join("; ") })}
      </Text>
    </TextContent>
  );
};
