package org.mediationdesk.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * The reference tables, read once and held in memory: they are small and change only by migration.
 */
@Service
public class ReferenceData {

    private final ReferenceMapper mapper;
    private volatile Snapshot snapshot;

    ReferenceData(ReferenceMapper mapper) {
        this.mapper = mapper;
    }

    public List<DisputeType> disputeTypes() {
        return snapshot().disputeTypes();
    }

    public List<Region> regions() {
        return snapshot().regions();
    }

    public List<Centre> centres() {
        return snapshot().centres();
    }

    public List<Agency> agencies() {
        return snapshot().agencies();
    }

    public Optional<DisputeType> disputeType(String code) {
        return Optional.ofNullable(snapshot().typesByCode().get(code));
    }

    public Optional<Region> county(String code) {
        return Optional.ofNullable(snapshot().regionsByCode().get(code))
                .filter(region -> "COUNTY".equals(region.regionLevel()));
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(snapshot().regionsByCode().get(code));
    }

    /** The township or street of a county by its Chinese name, with or without the 镇/街道/乡 suffix. */
    public Optional<Region> township(String countyCode, String name) {
        return snapshot().regions().stream()
                .filter(region -> countyCode.equals(region.parentCode()))
                .filter(region -> region.nameZh().equals(name) || stripSuffix(region.nameZh()).equals(name))
                .findFirst();
    }

    public Optional<Centre> centre(String code) {
        return Optional.ofNullable(snapshot().centresByCode().get(code));
    }

    public Optional<Agency> agency(String code) {
        return agencies().stream().filter(agency -> agency.code().equals(code)).findFirst();
    }

    public String agencyName(String code) {
        return agency(code).map(Agency::nameZh).orElse(code);
    }

    public Centre countyCentre(String countyCode) {
        return snapshot().centres().stream()
                .filter(centre -> centre.kind() == CentreKind.COUNTY && centre.regionCode().equals(countyCode))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No county centre for " + countyCode));
    }

    /** The city centre above a county's centre, where one is set up. */
    public Optional<Centre> cityCentre(String countyCode) {
        String cityCode = region(countyCode).map(Region::parentCode).orElse(null);
        return snapshot().centres().stream()
                .filter(centre -> centre.kind() == CentreKind.CITY && centre.regionCode().equals(cityCode))
                .findFirst();
    }

    private static String stripSuffix(String townshipName) {
        return townshipName.replaceFirst("(街道|镇|乡)$", "");
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            current = load();
            snapshot = current;
        }
        return current;
    }

    private Snapshot load() {
        Map<String, Set<String>> areas = mapper.findServiceAreas().stream()
                .collect(Collectors.groupingBy(ReferenceMapper.ServiceArea::centreCode,
                        Collectors.mapping(ReferenceMapper.ServiceArea::regionCode, Collectors.toUnmodifiableSet())));
        List<Centre> centres = mapper.findCentres().stream()
                .map(row -> new Centre(row.code(), row.kind(), row.nameZh(), row.nameEn(), row.regionCode(),
                        row.countyCode(), row.parentCode(), row.industry(), areas.getOrDefault(row.code(), Set.of())))
                .toList();
        return new Snapshot(mapper.findDisputeTypes(), mapper.findRegions(), centres, mapper.findAgencies());
    }

    private record Snapshot(List<DisputeType> disputeTypes, List<Region> regions, List<Centre> centres,
                            List<Agency> agencies, Map<String, DisputeType> typesByCode,
                            Map<String, Region> regionsByCode, Map<String, Centre> centresByCode) {

        Snapshot(List<DisputeType> disputeTypes, List<Region> regions, List<Centre> centres, List<Agency> agencies) {
            this(disputeTypes, regions, centres, agencies,
                    index(disputeTypes, DisputeType::code), index(regions, Region::code), index(centres, Centre::code));
        }

        private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
            return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
        }
    }
}
