package org.mediationdesk.exchange;

import java.util.Base64;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mediationdesk.security.UserMapper;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.SampleFiles;
import org.mediationdesk.support.TestUsers;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Courts and bodies for the court's inbound API: the fishery dispute of the intake tests, entrusted by a court. */
final class CourtCases {

    private CourtCases() {
    }

    /** A unique court code per call, so a test's subscriptions hear only its own court's cases. */
    static String newCourtCode() {
        return "T" + System.nanoTime();
    }

    /** A new court: a COURT account (password {@code demo}) bound to a court code of its own. */
    static Court newCourt(ApplicationContext context) {
        String account = new TestUsers(context.getBean(UserMapper.class), context.getBean(PasswordEncoder.class)).court("court");
        String code = newCourtCode();
        context.getBean(CourtAccounts.class).bind(account, new CourtAccounts.Binding(code, "湖州市南浔区人民法院"), "admin");
        return new Court(account, code);
    }

    /** A court's system account and the court code it speaks for. */
    record Court(String account, String code) {
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
