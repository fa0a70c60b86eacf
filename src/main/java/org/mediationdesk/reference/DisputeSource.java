package org.mediationdesk.reference;

/** How a dispute reached the centre. */
public enum DisputeSource {
    WALK_IN, GRID_WORKER, POLICE_REFERRAL, COURT_REFERRAL, HOTLINE, ONLINE, PROACTIVE
}
