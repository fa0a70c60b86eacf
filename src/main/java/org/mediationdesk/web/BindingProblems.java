package org.mediationdesk.web;

import java.util.List;

import org.mediationdesk.system.FieldProblem;
import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

/** Puts the field problems a service found (InvalidRequestException) beside the form's fields. */
public final class BindingProblems {

    private BindingProblems() {
    }

    /** A problem naming a field the form does not have becomes an error of the whole form. */
    public static void addTo(BindingResult result, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            if (problem.field() != null && result.getTarget() != null
                    && BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), problem.field()) != null) {
                result.rejectValue(problem.field(), "invalid", problem.message());
            } else {
                result.reject("invalid", problem.message());
            }
        }
    }
}
