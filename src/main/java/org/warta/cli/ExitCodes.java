package org.warta.cli;

/**
 * Exit codes of every command, documented in the README and in --help.
 * <ul>
 *   <li>0: success</li>
 *   <li>1: some inputs failed (the others were built), or a check failed (validate, eval floors)</li>
 *   <li>2: usage error (unknown option, missing argument)</li>
 *   <li>3: the store cannot be opened (in use by another process, or not a store)</li>
 *   <li>4: bad input given to the command itself (a query that does not parse, a missing file)</li>
 *   <li>5: internal error</li>
 * </ul>
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;
    public static final int STORE_UNAVAILABLE = 3;
    public static final int BAD_INPUT = 4;
    public static final int INTERNAL = 5;

    static final String HELP = "%nExit codes: 0 success; 1 some inputs failed or a check failed; 2 usage error;"
            + " 3 store unavailable (locked by another process?); 4 bad input to the command; 5 internal error.";

    private ExitCodes() {
    }
}
