package org.mediationdesk.reference;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ReferenceMapper {

    List<DisputeType> findDisputeTypes();

    List<Region> findRegions();

    List<CentreRow> findCentres();

    List<ServiceArea> findServiceAreas();

    List<Agency> findAgencies();

    record CentreRow(String code, CentreKind kind, String nameZh, String nameEn, String regionCode,
                     String countyCode, String parentCode, String industry) {
    }

    record ServiceArea(String centreCode, String regionCode) {
    }
}
