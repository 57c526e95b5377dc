package org.patientaccess.keycloak;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.keycloak.services.ErrorResponseException;

/**
 * The shape the code keeps (see docs/architecture.md): doors (rest, pages, tokens, tasks, setup) call
 * services; services hold the rules over core (domain records, inputs, exceptions) and the store; no
 * package depends on one that depends back on it.
 */
class ArchitectureTest {

    private static final String ROOT = "org.patientaccess.keycloak";
    private static final String[] DOORS = {ROOT + ".rest..", ROOT + ".pages..", ROOT + ".tokens..", ROOT + ".tasks..", ROOT + ".setup.."};
    private static final String[] SERVICES = {ROOT + ".access..", ROOT + ".age..", ROOT + ".duplicates..", ROOT + ".email..", ROOT + ".fhir..",
            ROOT + ".history..", ROOT + ".importing..", ROOT + ".invitations..", ROOT + ".lifecycle..", ROOT + ".matching..",
            ROOT + ".merges..", ROOT + ".records..", ROOT + ".registrations..", ROOT + ".validation.."};

    private static final JavaClasses CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void noPackageDependsOnOneThatDependsBackOnIt() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(CODE);
    }

    @Test
    void theCoreKnowsNothingOfHttpJpaOrTheRestOfThePlugin() {
        classes().that().resideInAPackage(ROOT + ".core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".core..", "java..", "org.keycloak.common..")
                .check(CODE);
    }

    /**
     * HTTP is the doors': the domain neither answers requests nor throws HTTP errors. It may build a
     * link (Keycloak's own token API takes the request's URIs).
     */
    @Test
    void theDomainNeverSeesTheDoorsNorHttp() {
        noClasses().that().resideInAnyPackage(concat(ROOT + ".core..", ROOT + ".keys..", ROOT + ".store..", SERVICES))
                .should().dependOnClassesThat().resideInAnyPackage(DOORS)
                .orShould().dependOnClassesThat(HTTP)
                .check(CODE);
    }

    private static final DescribedPredicate<JavaClass> HTTP = new DescribedPredicate<>("HTTP (JAX-RS but for URIs, Keycloak's error responses)") {
        @Override
        public boolean test(JavaClass type) {
            return (type.getPackageName().startsWith("jakarta.ws.rs")
                    && !type.isEquivalentTo(UriBuilder.class) && !type.isEquivalentTo(UriInfo.class))
                    || type.isEquivalentTo(ErrorResponseException.class);
        }
    };

    @Test
    void onlyTheStoreKnowsJpa() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".store.jpa..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
                .check(CODE);
    }

    @Test
    void theStoreKnowsOnlyTheCoreAndTheMatchKeys() {
        noClasses().that().resideInAPackage(ROOT + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage(concat(ROOT + ".rest..", SERVICES))
                .check(CODE);
    }

    @Test
    void theDoorsCallServicesNeverTheStore() {
        noClasses().that().resideInAnyPackage(DOORS)
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".store..")
                .check(CODE);
    }

    @Test
    void wireShapesStayInTheRestLayer() {
        classes().that().resideInAPackage(ROOT + ".rest.representation..")
                .should().onlyBeAccessed().byAnyPackage(ROOT + ".rest..")
                .check(CODE);
    }

    /** An exception's text can hold what a request carried (a name, an address): a warning names its kind only. */
    @Test
    void noWarningOrErrorLogsAnExceptionsMessage() {
        methods().should(new ArchCondition<JavaMethod>("not log an exception's message at WARN or above") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                List<JavaMethodCall> calls = List.copyOf(method.getMethodCallsFromSelf());
                boolean warns = calls.stream().anyMatch(ArchitectureTest::warnsOrWorse);
                boolean passesThrowable = calls.stream().anyMatch(call -> warnsOrWorse(call) && call.getTarget().getRawParameterTypes().stream()
                        .anyMatch(type -> type.isAssignableTo(Throwable.class)));
                boolean readsMessage = calls.stream().anyMatch(call -> call.getTargetOwner().isAssignableTo(Throwable.class)
                        && List.of("getMessage", "getLocalizedMessage", "toString").contains(call.getName()));
                if (passesThrowable || (warns && readsMessage)) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " logs an exception's text at WARN or above"));
                }
            }
        }).check(CODE);
    }

    private static boolean warnsOrWorse(JavaMethodCall call) {
        return call.getTargetOwner().isAssignableTo(org.jboss.logging.BasicLogger.class)
                && (call.getName().startsWith("warn") || call.getName().startsWith("error") || call.getName().startsWith("fatal"));
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static String[] concat(String first, String second, String third, String... rest) {
        return concat(first, concat(second, concat(third, rest)));
    }
}
