package org.mediationdesk.reference;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Code lists for forms and API clients. */
@RestController
@RequestMapping("/api/reference")
class ReferenceController {

    private final ReferenceData referenceData;

    ReferenceController(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @GetMapping("/dispute-types")
    List<DisputeType> disputeTypes() {
        return referenceData.disputeTypes();
    }

    @GetMapping("/centres")
    List<Centre> centres() {
        return referenceData.centres();
    }

    @GetMapping("/regions")
    List<Region> regions() {
        return referenceData.regions();
    }

    @GetMapping("/agencies")
    List<Agency> agencies() {
        return referenceData.agencies();
    }
}
