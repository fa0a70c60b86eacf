package org.mediationdesk.portal;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.mediationdesk.cases.PartyRole;
import org.mediationdesk.cases.PublicCases;
import org.mediationdesk.privacy.PersonalDataCipher;
import org.springframework.stereotype.Component;

/**
 * What a party's session holds on the public side (in the database, like every session, so any node answers): the
 * phone a code was sent to, the phone verified for an application, and the cases looked up, each for
 * {@code mediationdesk.portal.verified-for} (30 minutes). Phones are kept sealed. Nothing here signs anyone in: a
 * staff page answers such a session as it answers no session.
 */
@Component
class PublicSession {

    private static final String PENDING = "portal.pendingPhone";
    private static final String VERIFIED = "portal.verifiedPhone";
    private static final String CASES = "portal.cases";
    private static final String APPLIED = "portal.applied";

    private final PersonalDataCipher cipher;
    private final PortalSettings settings;
    private final Clock clock;

    PublicSession(PersonalDataCipher cipher, PortalSettings settings, Clock clock) {
        this.cipher = cipher;
        this.settings = settings;
        this.clock = clock;
    }

    void codeSentTo(HttpSession session, String phone) {
        session.setAttribute(PENDING, cipher.sealer().seal(phone));
    }

    Optional<String> pendingPhone(HttpSession session) {
        return Optional.ofNullable((String) session.getAttribute(PENDING)).map(cipher::open);
    }

    void forgetPending(HttpSession session) {
        session.removeAttribute(PENDING);
    }

    void verified(HttpSession session, String phone) {
        session.removeAttribute(PENDING);
        session.setAttribute(VERIFIED, new Verified(cipher.sealer().seal(phone), until()));
    }

    Optional<String> verifiedPhone(HttpSession session) {
        Verified verified = (Verified) session.getAttribute(VERIFIED);
        if (verified == null || !verified.until().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(cipher.open(verified.sealedPhone()));
    }

    void lookedUp(HttpSession session, PublicCases.Party party) {
        session.removeAttribute(PENDING);
        Map<String, Grant> grants = grants(session);
        grants.put(party.caseNumber(), new Grant(party.caseId(), party.partyId(), party.role(), until()));
        session.setAttribute(CASES, new HashMap<>(grants));
    }

    Optional<PublicCases.Party> party(HttpSession session, String caseNumber) {
        Grant grant = grants(session).get(caseNumber);
        if (grant == null || !grant.until().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(new PublicCases.Party(grant.caseId(), caseNumber, grant.partyId(), grant.role()));
    }

    void applied(HttpSession session, String caseNumber) {
        session.setAttribute(APPLIED, caseNumber);
    }

    boolean hasApplied(HttpSession session, String caseNumber) {
        return caseNumber.equals(session.getAttribute(APPLIED));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Grant> grants(HttpSession session) {
        Object grants = session.getAttribute(CASES);
        return grants == null ? new HashMap<>() : new HashMap<>((Map<String, Grant>) grants);
    }

    private Instant until() {
        return clock.instant().plus(settings.verifiedFor());
    }

    record Verified(String sealedPhone, Instant until) implements Serializable {
    }

    record Grant(long caseId, long partyId, PartyRole role, Instant until) implements Serializable {
    }
}
