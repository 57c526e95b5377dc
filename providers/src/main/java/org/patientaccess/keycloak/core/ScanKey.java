package org.patientaccess.keycloak.core;

/**
 * The indexed columns a duplicate scan reads the realm's records in order of, one pass each: records
 * with the same value are next to each other, so candidate pairs are found by a single ordered read.
 * They mirror the blocking keys of a match.
 */
public enum ScanKey {
    LAST_NAME_PHONETIC, FIRST_NAME_PHONETIC, BIRTH_DATE, EMAIL, PHONE
}
