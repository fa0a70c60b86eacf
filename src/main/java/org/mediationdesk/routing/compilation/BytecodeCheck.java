package org.mediationdesk.routing.compilation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.drools.drl.ast.descr.PackageDescr;
import org.kie.api.definition.KiePackage;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Reads the bytecode Drools compiled from functions, consequences and {@code eval}s: whatever the
 * DRL text looked like (qualified names, unicode escapes, string tricks), this is what would run.
 * Every type, method and field it touches must be allowed; it may not loop, recurse, lock, build
 * lambdas or arrays of a computed size, or take a class literal. Drools' own glue (the invoker
 * classes, the consequence's {@code drools} helper for insert, update and delete) is allowed by name.
 */
final class BytecodeCheck {

    private static final String INVOKER = "org/drools/base/rule/accessor/CompiledInvoker";
    private static final String HELPER = "org/drools/core/rule/consequence/KnowledgeHelper";
    private static final Set<String> GLUE_TYPES = Set.of(HELPER,
            "org/drools/base/rule/consequence/ConsequenceContext", "org/kie/api/runtime/rule/FactHandle");
    /** Property-reactivity masks Drools passes to {@code update}. */
    private static final String BIT_MASKS = "org/drools/util/bitmask/";
    private static final Set<String> HELPER_METHODS = Set.of("insert", "insertLogical", "update", "delete", "retract");
    private static final String STRING_CONCAT = "java/lang/invoke/StringConcatFactory";
    private static final int LARGEST_FIXED_ARRAY = 64;

    private final Map<String, CodeOrigins.Origin> origins;
    /** Calls between the draft's own classes: caller, callee, and where the call is. */
    private final List<Call> calls = new ArrayList<>();
    private final List<RuleCompilationException.Problem> problems = new ArrayList<>();

    private BytecodeCheck(Map<String, CodeOrigins.Origin> origins) {
        this.origins = origins;
    }

    /** The refusals for every class compiled into {@code packages} from the {@code parsed} files. */
    static List<RuleCompilationException.Problem> of(Collection<KiePackage> packages, Map<String, PackageDescr> parsed,
                                                     Map<String, String> sources) {
        BytecodeCheck check = new BytecodeCheck(CodeOrigins.of(parsed, sources));
        for (KiePackage pkg : packages) {
            var data = ((InternalKnowledgePackage) pkg).getDialectRuntimeRegistry().getDialectData("java");
            if (data instanceof JavaDialectRuntimeData java) {
                java.getStore().forEach((resource, bytes) -> check.checkClass(bytes));
            }
        }
        check.checkRecursion();
        return List.copyOf(new LinkedHashSet<>(check.problems));
    }

    private void checkClass(byte[] bytes) {
        ClassNode type = new ClassNode();
        new ClassReader(bytes).accept(type, 0);
        if (type.interfaces.contains(INVOKER)) {
            return;
        }
        CodeOrigins.Origin origin = origins.get(type.name);
        if (origin == null) {
            problems.add(Refusal.CONSTRUCT.at("?", 0, type.name.replace('/', '.')));
            return;
        }
        for (MethodNode method : type.methods) {
            if (!isEmptySerialisationHook(method)) {
                new MethodCheck(origin, type.name, method).run();
            }
        }
    }

    /** Drools writes empty {@code writeExternal}/{@code readExternal} into function classes. */
    private static boolean isEmptySerialisationHook(MethodNode method) {
        boolean hook = method.name.equals("writeExternal") && method.desc.equals("(Ljava/io/ObjectOutput;)V")
                || method.name.equals("readExternal") && method.desc.equals("(Ljava/io/ObjectInput;)V");
        if (!hook) {
            return false;
        }
        for (AbstractInsnNode instruction : method.instructions) {
            if (instruction.getOpcode() >= 0 && instruction.getOpcode() != Opcodes.RETURN) {
                return false;
            }
        }
        return true;
    }

    private record Call(String caller, String callee, String file, int line) {
    }

    /** A call that leads back to its caller, directly or through other functions, is refused where it is. */
    private void checkRecursion() {
        for (Call call : calls) {
            if (call.callee().equals(call.caller()) || reaches(call.callee(), call.caller(), new HashSet<>())) {
                problems.add(Refusal.RECURSION.at(call.file(), call.line(), origins.get(call.callee()).name()));
            }
        }
    }

    private boolean reaches(String from, String target, Set<String> seen) {
        for (Call next : calls) {
            if (next.caller().equals(from) && (next.callee().equals(target)
                    || seen.add(next.callee()) && reaches(next.callee(), target, seen))) {
                return true;
            }
        }
        return false;
    }

    /** One method's instructions, each refusal placed at the DRL line it came from. */
    private final class MethodCheck {

        private final CodeOrigins.Origin origin;
        private final String owner;
        private final MethodNode method;
        private final int firstLine;
        private int javaLine;

        MethodCheck(CodeOrigins.Origin origin, String owner, MethodNode method) {
            this.origin = origin;
            this.owner = owner;
            this.method = method;
            this.firstLine = firstLine(method);
        }

        void run() {
            Type signature = Type.getMethodType(method.desc);
            for (Type parameter : signature.getArgumentTypes()) {
                type(parameter);
            }
            type(signature.getReturnType());
            Map<LabelNode, Integer> positions = new HashMap<>();
            int index = 0;
            for (AbstractInsnNode instruction : method.instructions) {
                if (instruction instanceof LabelNode label) {
                    positions.put(label, index);
                }
                index++;
            }
            Map<LabelNode, String> caught = new HashMap<>();
            for (TryCatchBlockNode handler : method.tryCatchBlocks) {
                if (handler.type != null) {
                    caught.put(handler.start, handler.type);
                }
            }
            index = 0;
            AbstractInsnNode previous = null;
            for (AbstractInsnNode instruction : method.instructions) {
                if (instruction instanceof LineNumberNode line) {
                    javaLine = line.line;
                    caughtAt(line.start, caught);
                } else if (instruction.getOpcode() >= 0) {
                    instruction(instruction, previous, index, positions);
                    previous = instruction;
                }
                index++;
            }
        }

        private void instruction(AbstractInsnNode instruction, AbstractInsnNode previous, int index,
                                 Map<LabelNode, Integer> positions) {
            int opcode = instruction.getOpcode();
            if (instruction instanceof MethodInsnNode call) {
                call(call);
            } else if (instruction instanceof FieldInsnNode field) {
                field(field);
            } else if (instruction instanceof TypeInsnNode typed) {
                if (opcode == Opcodes.ANEWARRAY) {
                    fixedSize(previous);
                }
                if (!(opcode == Opcodes.CHECKCAST && GLUE_TYPES.contains(typed.desc) && origin.isRule())) {
                    type(Type.getObjectType(typed.desc));
                }
            } else if (opcode == Opcodes.NEWARRAY) {
                fixedSize(previous);
            } else if (instruction instanceof MultiANewArrayInsnNode) {
                refuse(Refusal.CONSTRUCT, "new [][]");
            } else if (instruction instanceof LdcInsnNode constant) {
                constant(constant.cst);
            } else if (instruction instanceof InvokeDynamicInsnNode dynamic) {
                if (!dynamic.bsm.getOwner().equals(STRING_CONCAT)) {
                    refuse(Refusal.CONSTRUCT, "lambda / method reference");
                }
            } else if (opcode == Opcodes.MONITORENTER) {
                refuse(Refusal.CONSTRUCT, "synchronized");
            } else {
                jumps(instruction, index, positions);
            }
        }

        private void call(MethodInsnNode call) {
            if (origins.containsKey(call.owner)) {
                if (!call.name.equals("<init>")) {
                    calls.add(new Call(owner, call.owner, origin.file(), line()));
                }
                return;
            }
            if (call.owner.startsWith(BIT_MASKS) && origin.isRule() && call.getOpcode() == Opcodes.INVOKESTATIC) {
                return;
            }
            if (call.owner.equals(HELPER) && origin.isRule()) {
                if (!HELPER_METHODS.contains(call.name)) {
                    refuse(Refusal.NAME, "drools." + call.name);
                }
                return;
            }
            typeName(call.owner);
            String ownerName = call.owner.replace('/', '.');
            if (AllowedNames.deniedMember(ownerName, call.name)
                    || call.name.equals("<init>") && AllowedNames.deniedConstructor(call.owner, call.desc)) {
                refuse(Refusal.NAME, ownerName + "." + call.name);
            }
            Type signature = Type.getMethodType(call.desc);
            for (Type parameter : signature.getArgumentTypes()) {
                type(parameter);
            }
            type(signature.getReturnType());
        }

        /** Strings, numbers and class literals of allowed types (what {@code update} passes Drools). */
        private void constant(Object value) {
            if (value instanceof Type type && type.getSort() == Type.OBJECT) {
                type(type);
            } else if (!(value instanceof String || value instanceof Number)) {
                refuse(Refusal.NAME, "java.lang.invoke");
            }
        }

        private void field(FieldInsnNode field) {
            if (field.getOpcode() == Opcodes.PUTFIELD || field.getOpcode() == Opcodes.PUTSTATIC) {
                refuse(Refusal.CONSTRUCT, "=" + field.owner.replace('/', '.') + "." + field.name);
                return;
            }
            typeName(field.owner);
            type(Type.getType(field.desc));
        }

        private void fixedSize(AbstractInsnNode previous) {
            int size = -1;
            if (previous != null && previous.getOpcode() >= Opcodes.ICONST_0 && previous.getOpcode() <= Opcodes.ICONST_5) {
                size = previous.getOpcode() - Opcodes.ICONST_0;
            } else if (previous instanceof IntInsnNode pushed && pushed.getOpcode() != Opcodes.NEWARRAY) {
                size = pushed.operand;
            }
            if (size < 0 || size > LARGEST_FIXED_ARRAY) {
                refuse(Refusal.CONSTRUCT, "new[n]");
            }
        }

        private void jumps(AbstractInsnNode instruction, int index, Map<LabelNode, Integer> positions) {
            List<LabelNode> targets = new ArrayList<>();
            if (instruction instanceof JumpInsnNode jump) {
                targets.add(jump.label);
            } else if (instruction instanceof TableSwitchInsnNode table) {
                targets.addAll(table.labels);
                targets.add(table.dflt);
            } else if (instruction instanceof LookupSwitchInsnNode lookup) {
                targets.addAll(lookup.labels);
                targets.add(lookup.dflt);
            }
            for (LabelNode target : targets) {
                if (positions.getOrDefault(target, Integer.MAX_VALUE) <= index) {
                    refuse(Refusal.LOOP, "while / for / do");
                    return;
                }
            }
        }

        /** A {@code catch} is checked at the line its {@code try} starts on. */
        private void caughtAt(LabelNode start, Map<LabelNode, String> caught) {
            String type = caught.remove(start);
            if (type != null) {
                typeName(type);
            }
        }

        private void typeName(String internalName) {
            type(Type.getObjectType(internalName));
        }

        private void type(Type type) {
            Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
            if (element.getSort() != Type.OBJECT) {
                return;
            }
            String internal = element.getInternalName();
            if (origins.containsKey(internal)
                    || origin.isRule() && (GLUE_TYPES.contains(internal) || internal.startsWith(BIT_MASKS))) {
                return;
            }
            if (AllowedNames.byName(element.getClassName()) == null) {
                refuse(Refusal.NAME, element.getClassName());
            }
        }

        private void refuse(Refusal refusal, String name) {
            problems.add(refusal.at(origin.file(), line(), name));
        }

        /** The DRL line of the instruction being read. */
        private int line() {
            return javaLine > 0 && firstLine > 0 ? origin.line(method.name) + javaLine - firstLine
                    : origin.line(method.name);
        }

        private static int firstLine(MethodNode method) {
            for (AbstractInsnNode instruction : method.instructions) {
                if (instruction instanceof LineNumberNode line) {
                    return line.line;
                }
            }
            return 0;
        }
    }
}
