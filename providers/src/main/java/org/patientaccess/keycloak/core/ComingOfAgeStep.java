package org.patientaccess.keycloak.core;

/** What the coming-of-age task does for a record's day, each at most once. */
public enum ComingOfAgeStep {
    /** 30 days before: the guardians and the young person's own account are told. */
    NOTICE,
    /** On the day: the parents' and guardians' grants end. */
    GRANTS_ENDED,
    /** On the realm's own-account age: the guardians are told the young person may have their own account. */
    OWN_ACCESS
}
