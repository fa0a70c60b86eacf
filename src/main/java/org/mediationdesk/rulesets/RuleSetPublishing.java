package org.mediationdesk.rulesets;

import java.util.SortedMap;

import org.mediationdesk.routing.RuleFiles;
import org.springframework.stereotype.Service;

/**
 * Publishing and rolling back. A draft is published only when submitted, approved by someone who
 * did not prepare it, compiling, and passing every scenario row; the switch itself is one
 * transaction, after which this node activates it at once and the others within a poll.
 */
@Service
public class RuleSetPublishing {

    private final RuleSetVersions versions;
    private final RuleSetChecks checks;
    private final RuleSetActivation activation;

    RuleSetPublishing(RuleSetVersions versions, RuleSetChecks checks, RuleSetActivation activation) {
        this.versions = versions;
        this.checks = checks;
        this.activation = activation;
    }

    /**
     * Submits a draft for approval once it compiles and passes the rule policy: nobody is asked to
     * review a draft the server would refuse to run.
     *
     * @throws RuleSetRejectedException when it does not compile (file and line each)
     */
    public RuleSetVersion submit(long id, String actor, String note) {
        checks.compile(id, versions.files(versions.get(id).id()));
        return versions.submit(id, actor, note);
    }

    /**
     * @throws FourEyesException         when the approver prepared the draft
     * @throws RuleSetRejectedException  when it does not compile or a scenario fails (file and line each)
     */
    public RuleSetVersion approve(long id, String approver, String note) {
        versions.checkApprovable(id, approver);
        SortedMap<String, String> files = versions.files(id);
        checks.passing(id, files);
        RuleSetVersion published = versions.publish(id, RuleFiles.checksum(files), approver, note);
        activation.refresh();
        return published;
    }

    /**
     * Publishes again a version that ran before, in one step. Its rules were approved when first
     * published; they are checked to compile on this build, not re-approved.
     */
    public RuleSetVersion rollBack(long id, String actor, String note) {
        checks.compile(id, versions.files(id));
        RuleSetVersion published = versions.rollBack(id, actor, note);
        activation.refresh();
        return published;
    }
}
