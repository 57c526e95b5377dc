package org.patientaccess.keycloak.core;

import java.util.List;

/** An undo refused because the records changed since the merge; nothing was changed. Lists each change. */
public class UndoRefusedException extends ConflictException {

    /**
     * One change since the merge.
     *
     * @param field what changed: {@code survivor}, {@code mergedId} or {@code grants}
     * @param id    the record or grant concerned
     */
    public record Change(String field, String message, String id) {
    }

    private final List<Change> changes;

    public UndoRefusedException(List<Change> changes) {
        super("the records changed since the merge, so undoing it would lose or give back what staff changed;"
                + " nothing was undone");
        this.changes = List.copyOf(changes);
    }

    public List<Change> changes() {
        return changes;
    }
}
