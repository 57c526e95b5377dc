package org.patientaccess.keycloak.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void aNumberWithoutCountryCodeIsReadInTheDefaultRegion() {
        assertThat(PhoneNumbers.toE164("(416) 555-0134", "CA")).contains("+14165550134");
        assertThat(PhoneNumbers.toE164("06 12 34 56 78", "FR")).contains("+33612345678");
    }

    @Test
    void aNumberWithCountryCodeIgnoresTheDefaultRegion() {
        assertThat(PhoneNumbers.toE164("+33 6 12 34 56 78", "CA")).contains("+33612345678");
        assertThat(PhoneNumbers.toE164("+1.514.555.0199", "FR")).contains("+15145550199");
    }

    @Test
    void somethingThatIsNotAValidNumberIsRejected() {
        assertThat(PhoneNumbers.toE164("12", "CA")).isEmpty();
        assertThat(PhoneNumbers.toE164("call me", "CA")).isEmpty();
        assertThat(PhoneNumbers.toE164("+1 123 456 7890", "CA")).isEmpty();
        assertThat(PhoneNumbers.toE164(" ", "CA")).isEmpty();
    }

    @Test
    void onlyKnownRegionsAreSupported() {
        assertThat(PhoneNumbers.isSupportedRegion("CA")).isTrue();
        assertThat(PhoneNumbers.isSupportedRegion("XX")).isFalse();
        assertThat(PhoneNumbers.isSupportedRegion(null)).isFalse();
    }
}
