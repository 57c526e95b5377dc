package org.patientaccess.keycloak.it.support.fhir;

import java.util.List;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * HAPI FHIR's validator against the R4 base specification (its profiles, value sets and code systems,
 * with no terminology server): a resource passes when it has no ERROR or FATAL message. Warnings and
 * information (a code of our own systems, an extensible binding answered from another system) pass;
 * docs/fhir.md says which the API's answers carry. Built once per JVM: the R4 context takes seconds.
 */
public final class FhirValidation {

    private static final FhirValidator VALIDATOR = validator();

    private FhirValidation() {
    }

    private static FhirValidator validator() {
        FhirContext r4 = FhirContext.forR4();
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(r4),
                new InMemoryTerminologyServerValidationSupport(r4),
                new CommonCodeSystemsTerminologyService(r4));
        return r4.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    /** The validator's messages about a resource's JSON, of every severity. */
    public static List<SingleValidationMessage> messages(String json) {
        synchronized (VALIDATOR) {
            return VALIDATOR.validateWithResult(json).getMessages();
        }
    }

    /** Fails, listing them, when the validator finds an error in the resource. */
    public static void requireValid(String json) {
        List<SingleValidationMessage> errors = messages(json).stream()
                .filter(message -> message.getSeverity() == ResultSeverityEnum.ERROR || message.getSeverity() == ResultSeverityEnum.FATAL)
                .toList();
        if (!errors.isEmpty()) {
            throw new AssertionError("not valid FHIR R4:\n" + errors.stream()
                    .map(error -> error.getSeverity() + " " + error.getLocationString() + ": " + error.getMessage())
                    .collect(Collectors.joining("\n")) + "\nin " + json);
        }
    }
}
