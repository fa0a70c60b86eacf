package org.mediationdesk.intake;

import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.reference.Region;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out case numbers per county and year, e.g. {@code NX-2026-000042}, unique under concurrency
 * and across nodes. Each number is taken in its own short transaction so the counter row is not
 * locked for a whole registration; a registration that fails afterwards leaves a gap.
 */
@Component
class CaseNumberAllocator {

    private final CaseNumberMapper mapper;
    private final ReferenceData referenceData;
    private final TransactionTemplate transaction;

    CaseNumberAllocator(CaseNumberMapper mapper, ReferenceData referenceData, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.referenceData = referenceData;
        this.transaction = new TransactionTemplate(transactions);
    }

    String next(String countyCode, int year) {
        String prefix = referenceData.county(countyCode).map(Region::casePrefix)
                .orElseThrow(() -> new IllegalArgumentException("Unknown county " + countyCode));
        int value = transaction.execute(status -> increment(countyCode, year));
        return "%s-%d-%06d".formatted(prefix, year, value);
    }

    private int increment(String countyCode, int year) {
        if (mapper.increment(countyCode, year) == 0) {
            try {
                mapper.insertFirst(countyCode, year);
            } catch (DuplicateKeyException firstOfYearTakenConcurrently) {
                mapper.increment(countyCode, year);
            }
        }
        return mapper.findLast(countyCode, year);
    }
}
