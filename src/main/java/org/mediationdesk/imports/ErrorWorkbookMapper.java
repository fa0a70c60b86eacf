package org.mediationdesk.imports;

import java.time.LocalDateTime;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The error workbooks of every node's uploads (import_error_workbook). */
@Mapper
interface ErrorWorkbookMapper {

    void insertWorkbook(WorkbookRow workbook);

    /** The workbook if {@code uploadedBy} uploaded it and it has not expired at {@code now}. */
    Optional<Content> findWorkbook(@Param("id") String id, @Param("uploadedBy") String uploadedBy,
                                   @Param("now") LocalDateTime now);

    int deleteExpired(LocalDateTime now);

    record WorkbookRow(String id, String uploadedBy, LocalDateTime createdAt, LocalDateTime expiresAt,
                       byte[] workbook) {
    }

    record Content(byte[] workbook) {
    }
}
