package org.patientaccess.keycloak.core;

/** What the coming-of-age task does for a record's day, each at most once. */
public enum ComingOfAgeStep {
    /** 30 days before: the guardians and the young person's own account are told. */
    NOTICE,
    /** On the day: the parents' and guardians' grants end. */
    GRANTS_ENDED,
    /** On the realm's own-account age: the guardians are told the young person may have their own account. */
    OWN_ACCESS,
    /** 30 days before an age band's day: the guardians whose grants it touches and the young person are told. */
    AGE_BAND_NOTICE,
    /** On an age band's day that narrows or suspends: the parents' and guardians' grants carry less. */
    AGE_BAND,
    /** On an age band's day of review: staff are asked to review each parent's and guardian's grant. */
    AGE_BAND_REVIEW
}
