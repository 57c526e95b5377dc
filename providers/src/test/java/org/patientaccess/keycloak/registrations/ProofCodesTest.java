package org.patientaccess.keycloak.registrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class ProofCodesTest {

    private static final SecretKeySpec REALM_KEY = new SecretKeySpec("the realm's own HMAC key, kept by Keycloak".getBytes(StandardCharsets.UTF_8), "HmacSHA256");

    @Test
    void aKeptCodeIsNeitherTheCodeNorItsPlainHashAndCannotBeFoundWithoutTheRealmsKey() throws Exception {
        String kept = ProofCodes.keyed(REALM_KEY, "realm", "record", "account", "251760");

        assertThat(kept).doesNotContain("251760");
        assertThat(kept).isNotEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest("251760".getBytes(StandardCharsets.UTF_8))));
        assertThat(kept).isNotEqualTo(ProofCodes.keyed(new SecretKeySpec("another key".getBytes(StandardCharsets.UTF_8), "HmacSHA256"),
                "realm", "record", "account", "251760"));
        assertThat(kept).hasSize(64);
    }

    @Test
    void aCodeKeptForOneRecordAndAccountProvesNoOther() {
        String kept = ProofCodes.keyed(REALM_KEY, "realm", "record", "account", "251760");

        assertThat(ProofCodes.keyed(REALM_KEY, "realm", "record", "account", "251760")).isEqualTo(kept);
        assertThat(ProofCodes.keyed(REALM_KEY, "realm", "another record", "account", "251760")).isNotEqualTo(kept);
        assertThat(ProofCodes.keyed(REALM_KEY, "realm", "record", "another account", "251760")).isNotEqualTo(kept);
        assertThat(ProofCodes.keyed(REALM_KEY, "another realm", "record", "account", "251760")).isNotEqualTo(kept);
    }
}
