package org.mediationdesk.routing.compilation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mediationdesk.reference.CentreKind;
import org.mediationdesk.reference.CourtStage;
import org.mediationdesk.reference.DisputeSource;
import org.mediationdesk.reference.RiskIndicator;
import org.mediationdesk.reference.Vulnerability;
import org.mediationdesk.routing.AgencyDecision;
import org.mediationdesk.routing.AssignmentCase;
import org.mediationdesk.routing.AssignmentDecision;
import org.mediationdesk.routing.CentreFact;
import org.mediationdesk.routing.DeadlineClock;
import org.mediationdesk.routing.DeadlineDecision;
import org.mediationdesk.routing.DisputeFact;
import org.mediationdesk.routing.EligibleMediator;
import org.mediationdesk.routing.EscalationAction;
import org.mediationdesk.routing.EscalationDecision;
import org.mediationdesk.routing.MediatorExcluded;
import org.mediationdesk.routing.MediatorFact;
import org.mediationdesk.routing.PartyFact;
import org.mediationdesk.routing.RiskFlag;
import org.mediationdesk.routing.RiskLevel;
import org.mediationdesk.routing.RoutingDecision;
import org.mediationdesk.routing.RoutingSettings;
import org.mediationdesk.routing.TextPatterns;
import org.mediationdesk.routing.TriageDecision;
import org.mediationdesk.routing.WarningColour;

/**
 * The types rules may name, and the few members of them they may not use. Types are listed one by
 * one (never a whole package of ours): the decision model, and side-effect-free value types of the JDK.
 */
public final class AllowedNames {

    /** The decision model: facts, decisions and the enums rules compare with. */
    static final Set<Class<?>> MODEL = Set.of(
            AgencyDecision.class, AssignmentCase.class, AssignmentDecision.class, CentreFact.class,
            DeadlineClock.class, DeadlineDecision.class, DisputeFact.class, EligibleMediator.class,
            EscalationAction.class, EscalationDecision.class, MediatorExcluded.class, MediatorFact.class,
            PartyFact.class, RiskFlag.class, RiskLevel.class, RoutingDecision.class, RoutingSettings.class,
            TextPatterns.class, TriageDecision.class, WarningColour.class,
            CentreKind.class, CourtStage.class, DisputeSource.class, RiskIndicator.class, Vulnerability.class);

    private static final Set<Class<?>> JDK = Set.of(
            Object.class, String.class, CharSequence.class, StringBuilder.class, Comparable.class, Enum.class,
            Boolean.class, Character.class, Number.class, Byte.class, Short.class, Integer.class, Long.class,
            Float.class, Double.class, Math.class, Iterable.class,
            IllegalArgumentException.class, IllegalStateException.class,
            BigDecimal.class, BigInteger.class, RoundingMode.class, MathContext.class,
            java.util.Collection.class, java.util.List.class, java.util.Set.class, java.util.Map.class,
            java.util.Map.Entry.class, java.util.SortedSet.class, java.util.SortedMap.class,
            java.util.NavigableSet.class, java.util.NavigableMap.class, java.util.Iterator.class,
            java.util.ArrayList.class, java.util.LinkedList.class, java.util.HashSet.class,
            java.util.LinkedHashSet.class, java.util.TreeSet.class, java.util.HashMap.class,
            java.util.LinkedHashMap.class, java.util.TreeMap.class, java.util.EnumSet.class,
            java.util.Collections.class, java.util.Objects.class, java.util.Optional.class,
            java.util.regex.Pattern.class, java.util.regex.Matcher.class, java.util.regex.MatchResult.class);

    /** java.time value types, their temporal and chronology interfaces, and formatting; not zone-rule providers. */
    private static final Set<String> JDK_PACKAGES = Set.of("java.time", "java.time.temporal", "java.time.chrono",
            "java.time.format");

    /**
     * Members of allowed types that still reach too far: the class of an object (reflection), monitors,
     * and calls that allocate as much as an argument asks for in one step.
     */
    private static final Set<String> DENIED_MEMBERS = Set.of(
            "java/lang/Object.getClass", "java/lang/Object.wait", "java/lang/Object.notify",
            "java/lang/Object.notifyAll", "java/lang/Enum.getDeclaringClass", "java/lang/Enum.describeConstable",
            "java/lang/String.repeat", "java/lang/StringBuilder.ensureCapacity", "java/lang/StringBuilder.setLength",
            "java/util/ArrayList.ensureCapacity", "java/util/Collections.nCopies");

    /** Constructors that take a capacity. */
    private static final Set<String> DENIED_CONSTRUCTORS = Set.of(
            "java/lang/StringBuilder.<init>(I)V", "java/util/ArrayList.<init>(I)V", "java/util/HashMap.<init>(I)V",
            "java/util/HashMap.<init>(IF)V", "java/util/HashSet.<init>(I)V", "java/util/HashSet.<init>(IF)V",
            "java/util/LinkedHashMap.<init>(I)V", "java/util/LinkedHashMap.<init>(IF)V",
            "java/util/LinkedHashMap.<init>(IFZ)V", "java/util/LinkedHashSet.<init>(I)V",
            "java/util/LinkedHashSet.<init>(IF)V");

    private static final Map<String, Class<?>> BY_NAME = Stream.concat(MODEL.stream(), JDK.stream())
            .collect(Collectors.toUnmodifiableMap(Class::getName, Function.identity()));

    private AllowedNames() {
    }

    /** The allowed class of this binary name ({@code java.lang.String}, {@code java.util.Map$Entry}), or null. */
    public static Class<?> byName(String binaryName) {
        Class<?> listed = BY_NAME.get(binaryName);
        if (listed != null) {
            return listed;
        }
        return inAllowedPackage(binaryName) ? load(binaryName) : null;
    }

    /** The allowed class of a name as DRL writes it (nested types with a dot), or null. */
    static Class<?> bySourceName(String name) {
        Class<?> found = byName(name);
        int dot = name.lastIndexOf('.');
        return found != null || dot < 0 ? found : byName(name.substring(0, dot) + "$" + name.substring(dot + 1));
    }

    public static boolean allowed(Class<?> type) {
        Class<?> element = type;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        return element.isPrimitive() || byName(element.getName()) == element;
    }

    /** Is the member {@code name} of {@code owner} (binary name) one rules may not use even on an allowed type? */
    static boolean deniedMember(String owner, String name) {
        return DENIED_MEMBERS.contains(owner.replace('.', '/') + "." + name);
    }

    static boolean deniedConstructor(String owner, String descriptor) {
        return DENIED_CONSTRUCTORS.contains(owner + ".<init>" + descriptor);
    }

    private static boolean inAllowedPackage(String binaryName) {
        int dot = binaryName.lastIndexOf('.');
        return dot > 0 && JDK_PACKAGES.contains(binaryName.substring(0, dot))
                && !binaryName.substring(dot + 1).contains("$");
    }

    private static Class<?> load(String binaryName) {
        try {
            Class<?> type = Class.forName(binaryName, false, ClassLoader.getPlatformClassLoader());
            return java.lang.reflect.Modifier.isPublic(type.getModifiers()) ? type : null;
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
