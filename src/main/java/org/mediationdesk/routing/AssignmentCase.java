package org.mediationdesk.routing;

/** The case being assigned: its dispute type decides which specialty a mediator needs. */
public class AssignmentCase {

    private final String typeCode;

    public AssignmentCase(String typeCode) {
        this.typeCode = typeCode;
    }

    public String getTypeCode() {
        return typeCode;
    }
}
