package org.mediationdesk.search;

import java.util.LinkedHashSet;
import java.util.Set;

import org.mediationdesk.cases.CaseDeidentified;
import org.mediationdesk.cases.DisputeRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a case's search terms: written when the case is registered, inside the registration's
 * transaction (a plain, synchronous listener), so a case is findable the moment it exists, on every
 * node, and a registration that rolls back leaves no terms behind.
 */
@Component
class CaseSearchIndex {

    static final String DESCRIPTION = "D";
    static final String PARTY_NAME = "P";

    private final CaseSearchMapper mapper;

    CaseSearchIndex(CaseSearchMapper mapper) {
        this.mapper = mapper;
    }

    @EventListener
    void onRegistered(DisputeRegistered registered) {
        index(registered.caseId());
    }

    /** A de-identified case's parties are no longer found by their names (their labels replaced them). */
    @EventListener
    void onDeidentified(CaseDeidentified deidentified) {
        index(deidentified.caseId());
    }

    /** Replaces the case's terms with those of its description and parties' names as stored now. */
    void index(long caseId) {
        mapper.deleteTerms(caseId);
        write(caseId, DESCRIPTION, SearchTerms.ofStoredText(mapper.findDescription(caseId)));
        Set<String> names = new LinkedHashSet<>();
        mapper.findPartyNames(caseId).forEach(name -> names.addAll(SearchTerms.ofStoredText(name)));
        write(caseId, PARTY_NAME, names);
    }

    private void write(long caseId, String field, Set<String> terms) {
        if (!terms.isEmpty()) {
            mapper.insertTerms(caseId, field, terms);
        }
    }
}
