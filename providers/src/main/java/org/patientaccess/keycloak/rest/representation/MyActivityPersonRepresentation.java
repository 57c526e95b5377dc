package org.patientaccess.keycloak.rest.representation;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.patientaccess.keycloak.core.Relationship;
import org.patientaccess.keycloak.history.MyActivity;

/** A person whose activity the signed-in person may read: myself, or someone I act for as parent or guardian with VIEW. */
@Schema(name = "MyActivityPerson")
public record MyActivityPersonRepresentation(
        @Schema(required = true, description = "My grant on the record: the id of .../me/patients/{grantId}/activity.") String grantId,
        @Schema(required = true) String firstName,
        @Schema(required = true) String lastName,
        @Schema(required = true, type = SchemaType.STRING, implementation = Relationship.class) String relationship) {

    public static MyActivityPersonRepresentation of(MyActivity.Readable readable) {
        return new MyActivityPersonRepresentation(readable.grant().id(), readable.patient().details().firstName(),
                readable.patient().details().lastName(), readable.grant().relationship().name());
    }
}
