package org.mediationdesk.cases;

import java.time.LocalDateTime;

/**
 * An agency the routing rules say must join the case's mediation (联合调解), and where it stands:
 * mediation cannot conclude while one is {@link State#NOT_ASKED} or {@link State#AWAITED}.
 */
public record RequiredAgency(CaseView.Named agency, State state, String waivedBy, LocalDateTime waivedAt,
                             String waiverReason) {

    /** 未邀请, 待回复, 已回复, 逾期未回复, 已免除. */
    public enum State { NOT_ASKED, AWAITED, ANSWERED, MISSING, WAIVED }

    public boolean outstanding() {
        return state == State.NOT_ASKED || state == State.AWAITED;
    }
}
