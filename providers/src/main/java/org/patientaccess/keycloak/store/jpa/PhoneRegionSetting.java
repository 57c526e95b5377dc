package org.patientaccess.keycloak.store.jpa;

import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.keys.PhoneNumbers;

/**
 * The region a phone number without a country code is read in: the realm attribute
 * {@value #REALM_ATTRIBUTE} when it names a known region, else the server-wide default.
 */
public record PhoneRegionSetting(String serverDefault) {

    public static final String REALM_ATTRIBUTE = "patientAccess.defaultPhoneRegion";

    public String regionFor(RealmModel realm) {
        String region = realm.getAttribute(REALM_ATTRIBUTE);
        return PhoneNumbers.isSupportedRegion(region) ? region : serverDefault;
    }
}
