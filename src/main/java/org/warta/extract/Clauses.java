package org.warta.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.warta.text.Token;

/**
 * Splits a sentence's tokens into clauses, so that what a meeting or a statement is about stays inside its own
 * clause: "… pada Februari 2022 ketika Putin mengunjungi Beijing" has the visit in the "ketika" clause. Clauses
 * end at a semicolon, before a subordinating word (ketika, saat, sejak, bahwa …), and at a comma followed by a
 * conjunction or "yang".
 */
public final class Clauses {
    private static final Set<String> SUBORDINATORS = Set.of("ketika", "saat", "sejak", "setelah", "sebelum",
            "sementara", "sedangkan", "sehingga", "karena", "meskipun", "walaupun", "namun", "tetapi", "tapi",
            "bahwa", "agar", "supaya", "padahal", "seraya", "sambil");
    private static final Set<String> AFTER_COMMA = Set.of("yang", "dan", "serta", "atau", "lalu", "kemudian",
            "dengan", "termasuk", "di", "menurut", "kata", "ujar");

    /** A clause: tokens [from, to) of the sentence. */
    public record Clause(int from, int to) {
        public boolean contains(int token) {
            return from <= token && token < to;
        }
    }

    public static List<Clause> split(List<Token> tokens) {
        return split(tokens, false);
    }

    /**
     * @param atQuotes also cut at quotation marks, so that what is said inside a quotation and the narrative
     *                 around it are separate clauses
     */
    public static List<Clause> split(List<Token> tokens, boolean atQuotes) {
        List<Clause> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean cut = false;
            int next = i;
            if (atQuotes && t.kind() == Token.Kind.QUOTE && t.text().charAt(0) != '\'' && t.text().charAt(0) != '’') {
                cut = true;
                next = i + 1;
            } else if (t.text().equals(";")) {
                cut = true;
                next = i + 1;
            } else if (t.isWord() && SUBORDINATORS.contains(t.norm()) && i > start) {
                // "hanya beberapa hari sebelum ia …" still cuts: the subordinate clause is about something else
                cut = true;
            } else if (t.text().equals(",") && i + 1 < tokens.size() && AFTER_COMMA.contains(tokens.get(i + 1).norm())) {
                cut = true;
                next = i + 1;
            }
            if (cut && next > start) {
                out.add(new Clause(start, next));
                start = next;
            }
        }
        if (start < tokens.size()) {
            out.add(new Clause(start, tokens.size()));
        }
        return out;
    }

    public static Clause of(List<Clause> clauses, int token) {
        for (Clause c : clauses) {
            if (c.contains(token)) {
                return c;
            }
        }
        return clauses.isEmpty() ? new Clause(0, 0) : clauses.get(clauses.size() - 1);
    }

    private Clauses() {
    }
}
