package org.patientaccess.keycloak.it.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.resource.account.PatientAccessRealmResourceProvider;
import org.patientaccess.keycloak.resource.admin.PatientAccessAdminResource;
import org.yaml.snakeyaml.Yaml;

/** docs/openapi.yaml is kept true: it documents exactly the operations and query parameters our resources serve. */
class OpenApiDocumentTest {

    private static final Path ROOT = Path.of(System.getProperty("project.root")).normalize();
    private static final Map<Class<? extends Annotation>, String> VERBS =
            Map.of(GET.class, "get", POST.class, "post", PUT.class, "put", DELETE.class, "delete");

    @Test
    void theDocumentNamesEveryOperationOfTheStaffApiAndNoOther() throws IOException {
        assertThat(documentedOperations().keySet()).isEqualTo(servedOperations().keySet());
    }

    @Test
    void eachOperationDocumentsExactlyTheQueryParametersItReads() throws IOException {
        Map<String, Set<String>> documented = documentedOperations();
        servedOperations().forEach((operation, parameters) ->
                assertThat(documented.get(operation)).as(operation).isEqualTo(parameters));
    }

    /** "get /admin/realms/{realm}/patient-access/patients/{id}" to its query parameter names, read from the JAX-RS annotations. */
    private static Map<String, Set<String>> servedOperations() {
        Map<String, Set<String>> operations = new TreeMap<>();
        collect(PatientAccessAdminResource.class, "/admin/realms/{realm}/patient-access", operations);
        collect(PatientAccessRealmResourceProvider.class, "/realms/{realm}/patient-access", operations);
        return operations;
    }

    /** Walks a resource class: methods with a verb are operations, methods with only a path are sub-resource locators. */
    private static void collect(Class<?> resource, String prefix, Map<String, Set<String>> operations) {
        for (Method method : resource.getMethods()) {
            jakarta.ws.rs.Path path = method.getAnnotation(jakarta.ws.rs.Path.class);
            if (path == null) {
                continue;
            }
            String full = prefix + (path.value().isEmpty() ? "" : "/" + path.value());
            List<String> verbs = VERBS.entrySet().stream()
                    .filter(verb -> method.isAnnotationPresent(verb.getKey()))
                    .map(Map.Entry::getValue)
                    .toList();
            if (verbs.isEmpty()) {
                collect(method.getReturnType(), full, operations);
            }
            for (String verb : verbs) {
                Set<String> parameters = operations.computeIfAbsent(verb + " " + full, key -> new TreeSet<>());
                for (Annotation[] annotations : method.getParameterAnnotations()) {
                    for (Annotation parameter : annotations) {
                        if (parameter instanceof QueryParam query) {
                            parameters.add(query.value());
                        }
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Set<String>> documentedOperations() throws IOException {
        Map<String, Object> document;
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docs/openapi.yaml"))) {
            document = new Yaml().load(reader);
        }
        Map<String, Object> parameters = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("parameters");
        Map<String, Set<String>> operations = new TreeMap<>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, item) -> item.forEach((verb, operation) -> {
            if (!VERBS.containsValue(verb)) {
                return;
            }
            Set<String> queryParameters = new TreeSet<>();
            Object declared = ((Map<String, Object>) operation).getOrDefault("parameters", List.of());
            for (Object parameter : (Iterable<Object>) declared) {
                Map<String, Object> resolved = (Map<String, Object>) parameter;
                if (resolved.containsKey("$ref")) {
                    String name = resolved.get("$ref").toString().substring("#/components/parameters/".length());
                    resolved = (Map<String, Object>) parameters.get(name);
                }
                if ("query".equals(resolved.get("in"))) {
                    queryParameters.add(resolved.get("name").toString());
                }
            }
            operations.put(verb + " " + path, queryParameters);
        }));
        return operations;
    }
}
