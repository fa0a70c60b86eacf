package org.mediationdesk.exchange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.mediationdesk.reference.CourtStage;

/** Court-entrusted cases (court_entrustment): one row per case, unique per court and court case number. */
@Mapper
interface CourtEntrustmentMapper {

    String COLUMNS = "e.case_id, c.case_number, e.court_code, e.court_name, e.court_case_number, e.court_stage,"
            + " e.entrusted_on, e.received_by, e.received_at";

    @Insert("INSERT INTO court_entrustment (case_id, court_code, court_name, court_case_number, court_stage, entrusted_on,"
            + " received_by, received_at) VALUES (#{caseId}, #{courtCode}, #{courtName}, #{courtCaseNumber}, #{courtStage},"
            + " #{entrustedOn}, #{receivedBy}, #{receivedAt})")
    void insert(Entrustment entrustment);

    @Select("SELECT " + COLUMNS + " FROM court_entrustment e JOIN dispute_case c ON c.id = e.case_id"
            + " WHERE e.court_code = #{courtCode} AND e.court_case_number = #{courtCaseNumber}")
    Optional<Entrustment> findByCourtCase(@Param("courtCode") String courtCode,
                                          @Param("courtCaseNumber") String courtCaseNumber);

    @Select("SELECT " + COLUMNS + " FROM court_entrustment e JOIN dispute_case c ON c.id = e.case_id"
            + " WHERE c.case_number = #{caseNumber}")
    Optional<Entrustment> findByCaseNumber(String caseNumber);

    @Select("SELECT " + COLUMNS + " FROM court_entrustment e JOIN dispute_case c ON c.id = e.case_id"
            + " WHERE e.case_id = #{caseId}")
    Optional<Entrustment> findByCase(long caseId);

    record Entrustment(long caseId, String caseNumber, String courtCode, String courtName, String courtCaseNumber,
                       CourtStage courtStage, LocalDate entrustedOn, String receivedBy, LocalDateTime receivedAt) {
    }
}
