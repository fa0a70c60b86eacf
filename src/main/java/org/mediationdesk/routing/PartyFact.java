package org.mediationdesk.routing;

import java.util.Set;

import org.mediationdesk.reference.Vulnerability;

/** A party as the triage rules see it; {@code age} comes from the resident ID number, or is null. */
public class PartyFact {

    private final Set<Vulnerability> vulnerabilities;
    private final Integer age;

    public PartyFact(Set<Vulnerability> vulnerabilities, Integer age) {
        this.vulnerabilities = Set.copyOf(vulnerabilities);
        this.age = age;
    }

    public Set<Vulnerability> getVulnerabilities() {
        return vulnerabilities;
    }

    public Integer getAge() {
        return age;
    }
}
