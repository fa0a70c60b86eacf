package org.mediationdesk.privacy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.mediationdesk.security.AppUser;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the access records (个人信息处理记录) in the request that does what they record, with the
 * request's address, and reads them for administrators and the data-protection officer.
 */
@Service
public class AccessRecords {

    /** Who de-identifies cases whose retention ended. */
    public static final String SYSTEM = "system";
    private static final int SUBJECT = 500;

    private final AccessRecordMapper records;
    private final Clock clock;

    AccessRecords(AccessRecordMapper records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** An action on one case. */
    public void onCase(AppUser user, AccessAction action, String caseNumber, String subject, String reason) {
        write(user.username(), action, caseNumber, subject, null, reason);
    }

    /** An action on one case by someone without an account, e.g. a party on the public side ({@code who}). */
    public void onCaseBy(String who, AccessAction action, String caseNumber, String subject) {
        write(who, action, caseNumber, subject, null, null);
    }

    /** An action over many cases: an export or a simulation, {@code subject} naming its filter. */
    public void onCases(AppUser user, AccessAction action, String subject, Integer caseCount, String reason) {
        write(user.username(), action, null, subject, caseCount, reason);
    }

    /** The retention sweep's de-identification of a case. */
    public void bySystem(AccessAction action, String caseNumber, String subject) {
        write(SYSTEM, action, caseNumber, subject, null, null);
    }

    public List<AccessRecord> search(AccessRecordQuery query, int limit) {
        return records.find(query, limit);
    }

    private void write(String username, AccessAction action, String caseNumber, String subject, Integer caseCount,
                       String reason) {
        records.insert(new AccessRecord(0, LocalDateTime.now(clock), username, address(), action, caseNumber,
                cut(subject), caseCount, cut(reason)));
    }

    private static String address() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }

    private static String cut(String text) {
        return text == null || text.length() <= SUBJECT ? text : text.substring(0, SUBJECT);
    }
}
