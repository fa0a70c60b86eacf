package org.mediationdesk.exchange;

import java.util.Base64;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.SampleFiles;

/** Bodies for the court's inbound API: the fishery dispute of the intake tests, entrusted by a court. */
final class CourtCases {

    static final String COURT_ACCOUNT = "nanxun.court";

    private CourtCases() {
    }

    /** A unique court code per call, so a test's subscriptions hear only its own court's cases. */
    static String newCourtCode() {
        return "T" + System.nanoTime();
    }

    static ObjectNode entrusted(String courtCode, String courtCaseNumber) {
        ObjectNode body = Disputes.fisheryDisputeInLinghu();
        body.remove("source");
        body.putObject("court").put("code", courtCode).put("name", "湖州市南浔区人民法院");
        body.put("courtCaseNumber", courtCaseNumber);
        body.put("stage", "PRE_FILING");
        body.put("entrustedOn", BusinessTime.today().toString());
        body.putArray("documents").addObject().put("fileName", "起诉状.pdf").put("category", "EVIDENCE")
                .put("content", Base64.getEncoder().encodeToString(SampleFiles.pdf()));
        return body;
    }
}
