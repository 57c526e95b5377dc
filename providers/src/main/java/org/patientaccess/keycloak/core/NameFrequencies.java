package org.patientaccess.keycloak.core;

/**
 * How common the asked person's given name, surname and birth year are among the realm's active
 * records: what a shared value says. {@link #TYPICAL} when nothing is known (no refresh yet, or a
 * value new since the last one): every agreement then weighs as much as for a typical value.
 */
public record NameFrequencies(Frequency firstName, Frequency lastName, Frequency birthYear) {

    public static final NameFrequencies TYPICAL = new NameFrequencies(Frequency.UNKNOWN, Frequency.UNKNOWN, Frequency.UNKNOWN);

    /**
     * How many active records hold the value, against the typical count of the field: the count a
     * record's own value has, on average over all records (sum of counts squared over the records,
     * which is also the chance two records picked at random agree, times the records).
     */
    public record Frequency(long records, double typicalRecords) {

        public static final Frequency UNKNOWN = new Frequency(0, 0);

        /**
         * The bits of evidence an agreement gains or loses against a typical value, times {@code scale},
         * within {@code [-down, up]}: a value half as common as the typical one gains {@code scale}.
         */
        public double adjustment(double scale, double down, double up) {
            if (records <= 0 || typicalRecords <= 0) {
                return 0;
            }
            double bits = Math.log(typicalRecords / records) / Math.log(2);
            return Math.max(-down, Math.min(up, scale * bits));
        }
    }
}
