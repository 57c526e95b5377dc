package org.patientaccess.keycloak.it.support.logs;

import java.util.Comparator;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.keycloak.testframework.ServerConfigClassOrderer;

/**
 * The Test Framework's order (classes grouped by server configuration, so one server serves them
 * all), with the {@link RunsLast} classes moved to the end. Set as the default class orderer by the
 * failsafe configuration of this module.
 */
public class LastClassOrderer implements ClassOrderer {

    private final ClassOrderer serverConfigOrder = new ServerConfigClassOrderer();

    @Override
    public void orderClasses(ClassOrdererContext context) {
        serverConfigOrder.orderClasses(context);
        // A stable sort: every other class keeps its place.
        context.getClassDescriptors().sort(Comparator.comparing((ClassDescriptor descriptor) -> descriptor.isAnnotated(RunsLast.class)));
    }
}
