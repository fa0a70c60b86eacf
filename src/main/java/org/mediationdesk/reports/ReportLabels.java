package org.mediationdesk.reports;

import java.util.Locale;

import org.mediationdesk.reference.Agency;
import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.DisputeType;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.reference.Region;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Chinese names the workbook shows for codes: reference data by its names, enum codes by the
 * message bundle's {@code enum.Type.CODE} labels (the workbook is a Chinese return whatever the page language).
 */
@Component
class ReportLabels {

    private final ReferenceData referenceData;
    private final MessageSource messages;

    ReportLabels(ReferenceData referenceData, MessageSource messages) {
        this.referenceData = referenceData;
        this.messages = messages;
    }

    String type(String code) {
        return referenceData.disputeType(code).map(DisputeType::nameZh).orElse(code);
    }

    String centre(String code) {
        return referenceData.centre(code).map(Centre::nameZh).orElse(code);
    }

    String region(String code) {
        return referenceData.region(code).map(Region::nameZh).orElse(code);
    }

    String agency(String code) {
        return referenceData.agency(code).map(Agency::nameZh).orElse(code);
    }

    /** The label of an enum code, e.g. {@code label("CaseStatus", "IN_MEDIATION")} is 调解中; empty for null. */
    String label(String enumType, String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        return messages.getMessage("enum." + enumType + "." + code, null, code, Locale.SIMPLIFIED_CHINESE);
    }

    /** A label of the workbook's own, from the {@code report.} keys of the bundle. */
    String text(String key) {
        return messages.getMessage("report." + key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
