package org.mediationdesk.search;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.mediationdesk.cases.CaseStatus;
import org.mediationdesk.cases.PartyKind;
import org.mediationdesk.cases.PartyRole;

@Mapper
interface CaseSearchMapper {

    String findDescription(long caseId);

    List<String> findPartyNames(long caseId);

    void deleteTerms(long caseId);

    void insertTerms(@Param("caseId") long caseId, @Param("field") String field, @Param("terms") Collection<String> terms);

    List<FoundRow> findCases(@Param("q") CaseQuery query, @Param("scope") SearchScope scope,
                             @Param("offset") int offset, @Param("limit") int limit);

    long countCases(@Param("q") CaseQuery query, @Param("scope") SearchScope scope);

    List<FoundParty> findParties(@Param("caseIds") Collection<Long> caseIds);

    /** Mediators of these centres (every centre when {@code centres} is null), by display name. */
    List<Person> findMediators(@Param("centres") Collection<String> centres);

    /** A case as the search lists it. */
    record FoundRow(long id, String caseNumber, LocalDateTime registeredAt, String disputeTypeCode,
                    String centreCode, CaseStatus status, String description, String mediator,
                    String mediatorName) {
    }

    /** A party of a found case, as stored. */
    record FoundParty(long caseId, PartyRole role, PartyKind kind, String name, String idNumber, String phone) {
    }

    /** A user by login and display name. */
    record Person(String username, String displayName) {
    }
}
