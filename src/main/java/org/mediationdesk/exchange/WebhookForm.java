package org.mediationdesk.exchange;

import java.util.EnumSet;
import java.util.Set;

import org.mediationdesk.cases.CaseMilestone;

/** The subscription form on the administrators' page; checked by the service, as the API is. */
class WebhookForm {

    private String name;
    private String url;
    private Set<CaseMilestone.Kind> eventTypes = EnumSet.noneOf(CaseMilestone.Kind.class);
    private String courtCode;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Set<CaseMilestone.Kind> getEventTypes() {
        return eventTypes;
    }

    public void setEventTypes(Set<CaseMilestone.Kind> eventTypes) {
        this.eventTypes = eventTypes;
    }

    public String getCourtCode() {
        return courtCode;
    }

    public void setCourtCode(String courtCode) {
        this.courtCode = courtCode;
    }

    WebhookSubscriptionRequest toRequest() {
        return new WebhookSubscriptionRequest(name, url, eventTypes, courtCode);
    }
}
