package org.patientaccess.keycloak.it.support.container;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Skips a class unless a Docker engine answers: on a machine without Docker the testcontainers
 * profile skips instead of failing, and prints why (Maven's summary shows a skip only as a count).
 */
public final class DockerEngineAvailable implements ExecutionCondition {

    private static final String NO_DOCKER = "Docker is not available: the Testcontainers profile needs a Docker engine";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return ConditionEvaluationResult.enabled("a Docker engine answers");
        }
        System.out.println(context.getDisplayName() + " skipped. " + NO_DOCKER);
        return ConditionEvaluationResult.disabled(NO_DOCKER);
    }
}
