/**
 * Compiling DRL, which rule authors write and nobody has reviewed yet: it is untrusted. Before Drools
 * compiles a file its parsed form is walked ({@link org.mediationdesk.routing.compilation.DescriptorCheck},
 * {@link org.mediationdesk.routing.compilation.ConstraintCheck}); after, the bytecode of every function,
 * consequence and {@code eval} is read ({@link org.mediationdesk.routing.compilation.BytecodeCheck}).
 * Both hold names to one allow-list ({@link org.mediationdesk.routing.compilation.AllowedNames}); anything
 * else is refused at its file and line, and nothing of the draft runs. Drools compiles the very
 * descriptors that were checked, so no second parser reads the text differently.
 */
@NamedInterface("compilation")
package org.mediationdesk.routing.compilation;

import org.springframework.modulith.NamedInterface;
