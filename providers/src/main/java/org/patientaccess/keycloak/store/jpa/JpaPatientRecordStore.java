package org.patientaccess.keycloak.store.jpa;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.patientaccess.keycloak.core.ConcurrentChangeException;
import org.patientaccess.keycloak.core.EmailSource;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.PatientSearch;
import org.patientaccess.keycloak.core.PatientSource;
import org.patientaccess.keycloak.core.PatientStatus;
import org.patientaccess.keycloak.keys.BirthDateTypos;
import org.patientaccess.keycloak.keys.NameKey;
import org.patientaccess.keycloak.store.PatientRecordStore;
import org.patientaccess.keycloak.store.jpa.entity.PatientRecordEntity;

class JpaPatientRecordStore implements PatientRecordStore {

    /** Keeps IN lists well under every database's bind-parameter limit. */
    private static final int IN_LIST_CHUNK = 500;

    private final EntityManager em;
    private final Clock clock;
    private final AccessListEvictions evictions;

    JpaPatientRecordStore(EntityManager em, Clock clock, AccessListEvictions evictions) {
        this.em = em;
        this.clock = clock;
        this.evictions = evictions;
    }

    @Override
    public PatientRecord create(RealmModel realm, PatientDetails details, PatientSource source, EmailSource emailSource) {
        long now = clock.millis();
        PatientRecordEntity entity = new PatientRecordEntity();
        entity.setId(KeycloakModelUtils.generateId());
        entity.setRealmId(realm.getId());
        entity.setStatus(PatientStatus.ACTIVE.name());
        entity.setSource(source.name());
        entity.setCreatedAt(now);
        write(entity, details, emailSource, now);
        em.persist(entity);
        return toRecord(entity);
    }

    @Override
    public Optional<PatientRecord> findById(RealmModel realm, String id) {
        return findEntity(realm, id).map(JpaPatientRecordStore::toRecord);
    }

    @Override
    public Map<String, PatientRecord> findByIds(RealmModel realm, Collection<String> ids) {
        return findIn(realm, "id", ids, PatientRecord::id);
    }

    @Override
    public Optional<PatientRecord> findByExternalId(RealmModel realm, String externalId) {
        return em.createQuery("select p from PatientRecordEntity p where p.realmId = :realmId and p.externalId = :externalId",
                        PatientRecordEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("externalId", externalId)
                .getResultList().stream()
                .findFirst()
                .map(JpaPatientRecordStore::toRecord);
    }

    @Override
    public Map<String, PatientRecord> findByExternalIds(RealmModel realm, Collection<String> externalIds) {
        return findIn(realm, "externalId", externalIds, record -> record.details().externalId());
    }

    /** The records whose {@code attribute} is one of {@code values}, keyed by {@code key}, in chunks of IN lists. */
    private Map<String, PatientRecord> findIn(RealmModel realm, String attribute, Collection<String> values,
                                              Function<PatientRecord, String> key) {
        List<String> all = List.copyOf(values);
        Map<String, PatientRecord> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += IN_LIST_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_LIST_CHUNK));
            em.createQuery("select p from PatientRecordEntity p where p.realmId = :realmId and p." + attribute + " in :values",
                            PatientRecordEntity.class)
                    .setParameter("realmId", realm.getId())
                    .setParameter("values", chunk)
                    .getResultList().stream()
                    .map(JpaPatientRecordStore::toRecord)
                    .forEach(record -> found.put(key.apply(record), record));
        }
        return found;
    }

    @Override
    public void writePending(String onConflict) {
        Flushes.flush(em, () -> new ConcurrentChangeException(onConflict), onConflict);
    }

    @Override
    public Optional<PatientRecord> update(RealmModel realm, String id, PatientDetails details, EmailSource emailSource) {
        return findEntity(realm, id).map(entity -> {
            ShownInTokens before = ShownInTokens.of(entity);
            write(entity, details, emailSource, clock.millis());
            evictIfChanged(realm, entity, before);
            return toRecord(entity);
        });
    }

    @Override
    public Optional<PatientRecord> markMerged(RealmModel realm, String id, String survivorId) {
        return findEntity(realm, id).map(entity -> {
            entity.setStatus(PatientStatus.MERGED.name());
            entity.setMergedInto(survivorId);
            entity.setExternalId(null);
            entity.setUpdatedAt(clock.millis());
            // Now, so that the survivor may take the external id in the same transaction, and so that
            // a concurrent merge of the same record (the optimistic lock) fails here, as a conflict.
            Flushes.flush(em, "the record changed while it was being merged");
            evictions.record(realm, id);
            return toRecord(entity);
        });
    }

    @Override
    public void restore(RealmModel realm, PatientRecord before) {
        findEntity(realm, before.id()).ifPresent(entity -> {
            ShownInTokens shown = ShownInTokens.of(entity);
            write(entity, before.details(), before.emailSource(), clock.millis());
            entity.setStatus(before.status().name());
            entity.setMergedInto(before.mergedInto());
            Flushes.flush(em, "the record changed while the merge was being undone");
            evictIfChanged(realm, entity, shown);
        });
    }

    @Override
    public Optional<PatientRecord> save(RealmModel realm, String id, Integer expectedVersion, PatientDetails details,
                                        EmailSource emailSource, PatientStatus status) {
        return findEntity(realm, id).map(entity -> {
            if (expectedVersion != null && entity.getVersion() != expectedVersion) {
                throw new ConcurrentChangeException("the record has changed since version " + expectedVersion);
            }
            long now = clock.millis();
            ShownInTokens before = ShownInTokens.of(entity);
            if (details != null) {
                write(entity, details, emailSource, now);
            }
            if (status != null && !entity.getStatus().equals(status.name())) {
                entity.setStatus(status.name());
                entity.setUpdatedAt(now);
            }
            // The UPDATE carries "where VERSION = <the version read>", so a change committed by another
            // request since we read the record fails here, inside the request, and nothing is written.
            Flushes.flush(em, "the record changed while it was being saved");
            evictIfChanged(realm, entity, before);
            return toRecord(entity);
        });
    }

    @Override
    public List<PatientRecord> search(RealmModel realm, PatientSearch search) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<PatientRecordEntity> query = cb.createQuery(PatientRecordEntity.class);
        Root<PatientRecordEntity> patient = query.from(PatientRecordEntity.class);
        query.select(patient).where(criteria(cb, patient, realm, search)).orderBy(order(cb, patient, search));
        return em.createQuery(query)
                .setFirstResult(search.first())
                .setMaxResults(search.max())
                .getResultList().stream()
                .map(JpaPatientRecordStore::toRecord)
                .toList();
    }

    @Override
    public List<PatientRecord> findMatchCandidates(RealmModel realm, PatientDetails query, int perBlock) {
        Map<String, PatientRecord> candidates = new LinkedHashMap<>();
        String lastPhonetic = NameKey.phonetic(query.lastName());
        String firstPhonetic = NameKey.phonetic(query.firstName());
        LocalDate born = query.birthDate();
        if (born != null) {
            List<LocalDate> slips = BirthDateTypos.slipsOf(born);
            List<LocalDate> dates = new ArrayList<>(List.of(born, born.minusYears(1), born.plusYears(1)));
            dates.addAll(slips);
            block(realm, "p.lastNamePhonetic = :key and p.birthDate in :dates", Map.of("key", lastPhonetic, "dates", dates), perBlock, candidates);
            block(realm, "p.firstNamePhonetic = :key and p.birthDate in :dates", Map.of("key", firstPhonetic, "dates", dates), perBlock, candidates);
            // Whatever both names became (a marriage, a typo in each), the birth date or one of its slips still finds them.
            block(realm, "p.birthDate = :date", Map.of("date", born), perBlock, candidates);
            if (!slips.isEmpty()) {
                block(realm, "p.birthDate in :dates", Map.of("dates", slips), perBlock, candidates);
            }
            // A birth date mistyped beyond a slip: the same year, with the given name sounding alike (the
            // given name, since a surname may have changed; the surname's sound with the year found no one alone).
            block(realm, "p.firstNamePhonetic = :key and p.birthDate between :from and :to",
                    Map.of("key", firstPhonetic, "from", born.withDayOfYear(1), "to", born.withDayOfYear(born.lengthOfYear())), perBlock, candidates);
        } else {
            block(realm, "p.lastNamePhonetic = :key and p.firstNamePhonetic = :other", Map.of("key", lastPhonetic, "other", firstPhonetic),
                    perBlock, candidates);
        }
        block(realm, "p.lastNameKey = :key and p.firstNameKey = :other",
                Map.of("key", NameKey.fold(query.lastName()), "other", NameKey.fold(query.firstName())), perBlock, candidates);
        if (query.email() != null) {
            block(realm, "p.email = :key", Map.of("key", query.email()), perBlock, candidates);
        }
        if (query.phone() != null) {
            block(realm, "p.phone = :key", Map.of("key", query.phone()), perBlock, candidates);
        }
        return List.copyOf(candidates.values());
    }

    /**
     * One blocking query, served by an index on the realm and the columns of {@code condition}: at most
     * {@code limit} active records of the realm meeting it, added to {@code into}.
     */
    private void block(RealmModel realm, String condition, Map<String, Object> parameters, int limit, Map<String, PatientRecord> into) {
        var query = em.createQuery("select p from PatientRecordEntity p where p.realmId = :realmId and p.status = 'ACTIVE' and "
                        + condition, PatientRecordEntity.class)
                .setParameter("realmId", realm.getId())
                .setMaxResults(limit);
        parameters.forEach(query::setParameter);
        query.getResultList().stream().map(JpaPatientRecordStore::toRecord).forEach(record -> into.putIfAbsent(record.id(), record));
    }

    @Override
    public long countWithProvingEmail(RealmModel realm, String email, int limit) {
        return em.createQuery("select p.id from PatientRecordEntity p where p.realmId = :realmId and p.email = :email"
                        + " and p.status = 'ACTIVE' and p.emailSource in :proving", String.class)
                .setParameter("realmId", realm.getId())
                .setParameter("email", email)
                .setParameter("proving", Arrays.stream(EmailSource.values()).filter(EmailSource::proves).map(Enum::name).toList())
                .setMaxResults(limit)
                .getResultList().size();
    }

    @Override
    public long count(RealmModel realm, PatientSearch search) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<PatientRecordEntity> patient = query.from(PatientRecordEntity.class);
        query.select(cb.count(patient)).where(criteria(cb, patient, realm, search));
        return em.createQuery(query).getSingleResult();
    }

    void removeAll(RealmModel realm) {
        em.createQuery("delete from PatientRecordEntity p where p.realmId = :realmId")
                .setParameter("realmId", realm.getId())
                .executeUpdate();
    }

    @Override
    public boolean lockForCounting(RealmModel realm, String id) {
        // A query rather than find(): the row is locked as it is, with no version check against a copy
        // this request may already hold.
        return !em.createQuery("select p from PatientRecordEntity p where p.id = :id and p.realmId = :realmId", PatientRecordEntity.class)
                .setParameter("id", id)
                .setParameter("realmId", realm.getId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .isEmpty();
    }

    private Optional<PatientRecordEntity> findEntity(RealmModel realm, String id) {
        if (id == null) {
            return Optional.empty();
        }
        PatientRecordEntity entity = em.find(PatientRecordEntity.class, id);
        if (entity == null || !entity.getRealmId().equals(realm.getId())) {
            return Optional.empty();
        }
        return Optional.of(entity);
    }

    /** What the accounts acting for a record see of it in their tokens' list of patients. */
    private record ShownInTokens(String status, String firstName, String lastName, LocalDate birthDate) {
        static ShownInTokens of(PatientRecordEntity entity) {
            return new ShownInTokens(entity.getStatus(), entity.getFirstName(), entity.getLastName(), entity.getBirthDate());
        }
    }

    private void evictIfChanged(RealmModel realm, PatientRecordEntity entity, ShownInTokens before) {
        if (!before.equals(ShownInTokens.of(entity))) {
            evictions.record(realm, entity.getId());
        }
    }

    /** Writes the editable fields and recomputes every match key, so keys never go stale. */
    private static void write(PatientRecordEntity entity, PatientDetails details, EmailSource emailSource, long now) {
        entity.setExternalId(details.externalId());
        entity.setEmailSource(details.email() == null || emailSource == null ? null : emailSource.name());
        entity.setFirstName(details.firstName());
        entity.setLastName(details.lastName());
        entity.setBirthDate(details.birthDate());
        entity.setEmail(details.email());
        entity.setPhone(details.phone());
        entity.setFirstNameKey(NameKey.fold(details.firstName()));
        entity.setLastNameKey(NameKey.fold(details.lastName()));
        entity.setFirstNamePhonetic(NameKey.phonetic(details.firstName()));
        entity.setLastNamePhonetic(NameKey.phonetic(details.lastName()));
        entity.setUpdatedAt(now);
    }

    private static Predicate[] criteria(CriteriaBuilder cb, Root<PatientRecordEntity> patient, RealmModel realm, PatientSearch search) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(patient.get("realmId"), realm.getId()));
        for (String token : search.nameTokens()) {
            where.add(cb.or(prefix(cb, patient.get("firstNameKey"), token), prefix(cb, patient.get("lastNameKey"), token)));
        }
        if (search.firstName() != null) {
            where.add(prefix(cb, patient.get("firstNameKey"), search.firstName()));
        }
        if (search.lastName() != null) {
            where.add(prefix(cb, patient.get("lastNameKey"), search.lastName()));
        }
        if (search.birthDate() != null) {
            where.add(cb.equal(patient.get("birthDate"), search.birthDate()));
        }
        if (search.email() != null) {
            where.add(cb.equal(patient.get("email"), search.email()));
        }
        if (search.phone() != null) {
            where.add(cb.equal(patient.get("phone"), search.phone()));
        }
        if (search.externalId() != null) {
            where.add(cb.equal(patient.get("externalId"), search.externalId()));
        }
        if (!search.statuses().isEmpty()) {
            where.add(patient.get("status").in(search.statuses().stream().map(Enum::name).toList()));
        }
        return where.toArray(Predicate[]::new);
    }

    /** A prefix match written as an index range, which every database serves from a B-tree. */
    private static Predicate prefix(CriteriaBuilder cb, Path<String> key, String prefix) {
        String upperBound = NameKey.prefixUpperBound(prefix);
        Predicate from = cb.greaterThanOrEqualTo(key, prefix);
        return upperBound == null ? from : cb.and(from, cb.lessThan(key, upperBound));
    }

    private static List<Order> order(CriteriaBuilder cb, Root<PatientRecordEntity> patient, PatientSearch search) {
        List<String> attributes = switch (search.sort()) {
            case LAST_NAME -> List.of("lastNameKey", "firstNameKey");
            case FIRST_NAME -> List.of("firstNameKey", "lastNameKey");
            case BIRTH_DATE -> List.of("birthDate");
            case CREATED_AT -> List.of("createdAt");
            case UPDATED_AT -> List.of("updatedAt");
            case EXTERNAL_ID -> List.of("externalId");
        };
        List<Order> orders = new ArrayList<>();
        for (String attribute : attributes) {
            orders.add(search.descending() ? cb.desc(patient.get(attribute)) : cb.asc(patient.get(attribute)));
        }
        // The id breaks ties, so that paging never skips or repeats a record.
        orders.add(search.descending() ? cb.desc(patient.get("id")) : cb.asc(patient.get("id")));
        return orders;
    }

    static PatientRecord toRecord(PatientRecordEntity entity) {
        return new PatientRecord(
                entity.getId(),
                entity.getRealmId(),
                new PatientDetails(entity.getExternalId(), entity.getFirstName(), entity.getLastName(),
                        entity.getBirthDate(), entity.getEmail(), entity.getPhone()),
                PatientStatus.valueOf(entity.getStatus()),
                entity.getMergedInto(),
                PatientSource.valueOf(entity.getSource()),
                entity.getEmailSource() == null ? null : EmailSource.valueOf(entity.getEmailSource()),
                Instant.ofEpochMilli(entity.getCreatedAt()),
                Instant.ofEpochMilli(entity.getUpdatedAt()),
                entity.getVersion());
    }
}
