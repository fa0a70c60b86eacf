package org.mediationdesk.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The access records as CSV (UTF-8 with a byte-order mark, so Excel reads the Chinese) or as a workbook
 * whose printed header and footer say who exported them and when.
 */
final class AccessRecordExport {

    static final String[] HEADER = {"时间 Time", "用户 User", "地址 Address", "操作 Action", "案件 Case",
            "对象 Subject", "案件数 Cases", "理由 Reason"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AccessRecordExport() {
    }

    static byte[] csv(List<AccessRecord> records, ActionLabels labels) {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        var out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (var printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (AccessRecord record : records) {
                printer.printRecord((Object[]) cells(record, labels));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** @param exportedBy who exported and when, for the printed header and footer */
    static byte[] workbook(List<AccessRecord> records, ActionLabels labels, String exportedBy) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("个人信息处理记录 Access records");
            sheet.getHeader().setCenter("个人信息处理记录 Access records");
            sheet.getFooter().setLeft(exportedBy);
            sheet.getFooter().setRight("&P / &N");
            write(sheet.createRow(0), HEADER);
            int r = 1;
            for (AccessRecord record : records) {
                write(sheet.createRow(r++), cells(record, labels));
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < HEADER.length; c++) {
                sheet.setColumnWidth(c, (c == 5 ? 48 : 20) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] cells(AccessRecord record, ActionLabels labels) {
        return new String[] {TIME.format(record.occurredAt()), record.username(), nullToEmpty(record.address()),
                labels.of(record.action()), nullToEmpty(record.caseNumber()), nullToEmpty(record.subject()),
                record.caseCount() == null ? "" : record.caseCount().toString(), nullToEmpty(record.reason())};
    }

    private static void write(Row row, String[] values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** An action's name in the file: Chinese and English, from the message bundles. */
    interface ActionLabels {
        String of(AccessAction action);
    }
}
