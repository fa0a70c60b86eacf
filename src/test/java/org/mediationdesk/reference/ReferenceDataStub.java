package org.mediationdesk.reference;

import java.util.List;

/**
 * {@link ReferenceData} holding given centres, without a database: for code outside this package
 * (the benchmarks) that needs the routing rules' centres but no Spring context.
 */
public final class ReferenceDataStub {

    private ReferenceDataStub() {
    }

    /** Reference data whose {@code centres()} are {@code centres}, in that order; every other table is empty. */
    public static ReferenceData withCentres(List<Centre> centres) {
        return new ReferenceData(new ReferenceMapper() {
            @Override
            public List<DisputeType> findDisputeTypes() {
                return List.of();
            }

            @Override
            public List<Region> findRegions() {
                return List.of();
            }

            @Override
            public List<CentreRow> findCentres() {
                return centres.stream()
                        .map(c -> new CentreRow(c.code(), c.kind(), c.nameZh(), c.nameEn(), c.regionCode(),
                                c.countyCode(), c.parentCode(), c.industry()))
                        .toList();
            }

            @Override
            public List<ServiceArea> findServiceAreas() {
                return centres.stream()
                        .flatMap(c -> c.serviceArea().stream().map(region -> new ServiceArea(c.code(), region)))
                        .toList();
            }

            @Override
            public List<Agency> findAgencies() {
                return List.of();
            }
        });
    }
}
