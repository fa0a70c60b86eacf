package org.mediationdesk.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that stands still where a test sets it, in the zone it was made with. */
public final class SettableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant instant;

    public SettableClock(ZoneId zone, Instant instant) {
        this.zone = zone;
        this.instant = instant;
    }

    public void set(Instant now) {
        instant = now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new SettableClock(other, instant);
    }

    @Override
    public Instant instant() {
        return instant;
    }
}
