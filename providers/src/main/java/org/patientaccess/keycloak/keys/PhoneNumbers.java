package org.patientaccess.keycloak.keys;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers in E.164, parsed by libphonenumber. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * The E.164 form of a number as people write it ("(416) 555-0134", "+33 6 12 34 56 78"), or empty
     * when it is not a valid number. A number without a country code is read in {@code defaultRegion}.
     */
    public static Optional<String> toE164(String raw, String defaultRegion) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(raw, defaultRegion);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** Whether libphonenumber knows the ISO 3166 region code ("CA", "FR"). */
    public static boolean isSupportedRegion(String region) {
        return region != null && UTIL.getSupportedRegions().contains(region);
    }
}
