package org.mediationdesk.partners;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The grid report's own record beside the case it registered. */
@Mapper
interface GridReportMapper {

    void insert(@Param("caseNumber") String caseNumber, @Param("grid") String grid,
                @Param("locationText") String locationText, @Param("latitude") BigDecimal latitude,
                @Param("longitude") BigDecimal longitude);

    List<GridReportRow> findByCaseNumbers(@Param("caseNumbers") Collection<String> caseNumbers);

    record GridReportRow(String caseNumber, String grid, String locationText, BigDecimal latitude,
                         BigDecimal longitude) {
    }
}
